package cn.gov.agency.meeting.notice;

import java.time.LocalDateTime;

/**
 * A notified meeting moved: from when to when, by whom, whether SMS is among the channels everyone is told through, and
 * the SEQUENCE its updated invitation carries (the notice's was 0).
 */
public record Move(long id, long meetingId, LocalDateTime oldStart, LocalDateTime oldEnd, LocalDateTime newStart,
    LocalDateTime newEnd, String movedBy, LocalDateTime movedAt, boolean bySms, int sequence) {}
