package cn.gov.agency.meeting.meeting;

import java.time.LocalDateTime;

/**
 * A meeting moved to another time, published in the moving transaction after its record holds the
 * new times, so every feature that scheduled something for it (reminders, sign-in window) follows.
 */
public record MeetingRescheduled(long meetingId, LocalDateTime oldStart, LocalDateTime oldEnd,
    LocalDateTime newStart, LocalDateTime newEnd, String actor) {}
