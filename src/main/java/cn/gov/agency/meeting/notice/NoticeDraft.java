package cn.gov.agency.meeting.notice;

/**
 * A checked notice draft (R3.3): requirements on participants and preparations always; the theme
 * and its requirements for the types of R2.1 that have them (seminar: 研讨要求, exchange: 发言要求);
 * the reason when it goes out after its deadline (特殊情况).
 */
public record NoticeDraft(String requirements, String preparations, String theme, String themeRequirements,
    boolean late, String lateReason) {}
