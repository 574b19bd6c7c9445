package cn.gov.agency.meeting.meeting;

/**
 * A meeting was called off, published in the cancelling transaction after its record says
 * CANCELLED, so every feature that scheduled something for it (reminders, bookings) withdraws it.
 */
public record MeetingCancelled(long meetingId, String reason, String actor) {}
