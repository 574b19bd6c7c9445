package cn.gov.agency.meeting.leave;

/** What an attendee sends to ask for leave; the substitute's user id may be blank where none is required. */
public record LeaveInput(String reason, String substituteUserId) {}
