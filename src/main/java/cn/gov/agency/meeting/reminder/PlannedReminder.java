package cn.gov.agency.meeting.reminder;

import java.time.LocalDateTime;

/** A reminder of a meeting as recorded: which one, when, and what became of it. */
public record PlannedReminder(long id, long meetingId, ReminderKind kind, LocalDateTime remindAt,
    ReminderStatus status) {}
