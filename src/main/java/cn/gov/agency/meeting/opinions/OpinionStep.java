package cn.gov.agency.meeting.opinions;

import java.time.LocalDateTime;

/** One step of an opinion's handling with who took it (the trail of R2's 反馈处理结果). */
public record OpinionStep(long opinionId, String action, String actionLabel, String actorUserId, String actorName,
    String text, LocalDateTime occurredAt) {}
