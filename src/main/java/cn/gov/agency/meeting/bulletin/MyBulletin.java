package cn.gov.agency.meeting.bulletin;

import java.time.LocalDateTime;

/** A bulletin as its recipient reads it in-app (我收到的通报与反馈). */
public record MyBulletin(long id, long meetingId, String headline, String body, String link,
    LocalDateTime receivedAt) {}
