package cn.gov.agency.meeting.notice;

import java.time.LocalDateTime;

/**
 * A cancelled meeting as the person told sees it on 我的会议. {@code title} and {@code reason} are
 * null when they may not read the confidential meeting's content (R5.2).
 */
public record MyCancellation(long meetingId, String title, LocalDateTime plannedStart, LocalDateTime plannedEnd,
    String place, String reason, String cancelledByName, LocalDateTime cancelledAt) {}
