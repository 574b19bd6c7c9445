package cn.gov.agency.meeting.notice;

import java.time.LocalDateTime;

/** A meeting was called off: why, by whom, and the channels its participants are told through. */
public record Cancellation(long meetingId, String reason, String cancelledBy, LocalDateTime cancelledAt,
    boolean byEmail, boolean bySms) {}
