package cn.gov.agency.meeting.notification;

/** A person's reminder settings as the API reads and writes them; null only in an incomplete request. */
public record NotificationSettings(Boolean emailEnabled) {}
