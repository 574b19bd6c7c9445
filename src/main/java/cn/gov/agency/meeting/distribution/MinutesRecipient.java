package cn.gov.agency.meeting.distribution;

import java.time.LocalDateTime;

/**
 * One person the minutes go to. {@code fullText} false: a confidential meeting's minutes reach a
 * responsible-department member not entitled to them (R5.2) only as a notice that a resolution
 * concerns their department.
 */
public record MinutesRecipient(long id, long distributionId, String userId, RecipientReason reason,
    String departmentCode, boolean fullText, LocalDateTime readAt) {}
