package cn.gov.agency.meeting.notice;

import java.time.LocalDateTime;

/**
 * A moved meeting as the person told sees it on 我的会议: its latest move. {@code title} is null
 * when they may not read the confidential meeting's content (R5.2).
 */
public record MyMove(long meetingId, String title, LocalDateTime previousStart, LocalDateTime previousEnd,
    LocalDateTime newStart, LocalDateTime newEnd, String place, String movedByName, LocalDateTime movedAt) {}
