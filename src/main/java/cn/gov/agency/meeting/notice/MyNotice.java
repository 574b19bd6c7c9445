package cn.gov.agency.meeting.notice;

import java.time.LocalDateTime;

/** A notice as the participant it reached sees it on 我的会议通知 (the in-app channel). */
public record MyNotice(long recipientId, long meetingId, String meetingTitle, LocalDateTime meetingStart,
    String place, LocalDateTime receivedAt, LocalDateTime confirmedAt) {}
