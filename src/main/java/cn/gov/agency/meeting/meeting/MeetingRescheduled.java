package cn.gov.agency.meeting.meeting;

import java.time.LocalDateTime;

/**
 * A meeting moved to another time, published by {@link MeetingSchedule#move} in the moving transaction
 * after its record holds the new times, so everything scheduled for it follows: the timers and due
 * dates of its processes (process/ScheduleFollower), its reminders, its sign-in window, its 改期通知.
 */
public record MeetingRescheduled(long meetingId, LocalDateTime oldStart, LocalDateTime oldEnd,
    LocalDateTime newStart, LocalDateTime newEnd, String actor) {}
