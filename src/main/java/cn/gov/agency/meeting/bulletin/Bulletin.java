package cn.gov.agency.meeting.bulletin;

import java.time.LocalDateTime;

/**
 * A piece of news for named people about a meeting's after-work — an opinion's answer for whoever
 * raised it, a resolution's progress for the host department and the office — told in-app, by mail
 * and, when the meeting's notice used it, by SMS.
 */
public record Bulletin(long id, long meetingId, String headline, String body, String link, boolean bySms,
    String createdBy, LocalDateTime createdAt) {}
