package cn.gov.agency.meeting.followup;

import java.time.LocalDateTime;

/**
 * One step of a follow-up and who took it for which department (R7.3): the department's reports,
 * the office's checks, urging and decisions, the reminders and the deadline passing (actor system).
 */
public record FollowUpStep(long id, long followUpId, String action, String actionLabel, String actorUserId,
    String actorName, String actorDepartment, Integer progress, String text, String evidence, String quality,
    String effect, LocalDateTime occurredAt) {}
