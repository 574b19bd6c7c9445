package cn.gov.agency.meeting.distribution;

import java.time.LocalDateTime;

/** The distribution of one meeting's approved minutes (one version). */
public record Distribution(long id, long meetingId, long minutesVersionId, boolean confidential, String openedBy,
    LocalDateTime openedAt, LocalDateTime completedAt) {}
