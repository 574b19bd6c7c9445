package cn.gov.agency.meeting.message;

/** A file sent along with a mail (the calendar invitation). */
public record Attachment(String fileName, byte[] content, String contentType) {}
