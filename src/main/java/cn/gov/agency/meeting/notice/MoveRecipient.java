package cn.gov.agency.meeting.notice;

/** Someone told that a meeting moved, and why they are on the list (the roles of a cancellation). */
public record MoveRecipient(long id, long moveId, String personUserId, CancellationRecipient.Role role) {}
