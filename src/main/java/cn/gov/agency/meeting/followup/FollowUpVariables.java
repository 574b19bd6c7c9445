package cn.gov.agency.meeting.followup;

/**
 * Process variables of 决议督办 (resolutionFollowUp) besides the lifecycle's; the forms in
 * forms/followup-*.form use the same keys. The follow-up itself, the resolution's text included (what
 * a confidential meeting decided stays out of the engine, R5.2), lives in the follow_up tables.
 */
public final class FollowUpVariables {

  public static final String PROCESS_KEY = "resolutionFollowUp";
  public static final String STAGE = "followup";

  /** Integer, written by prepareResolutionFollowUpsDelegate in 会后工作: how many follow-ups to call. */
  public static final String RESOLUTION_COUNT = "resolutionCount";
  /** Integer: which resolution of the approved minutes (0-based), the caller's loopCounter. */
  public static final String RESOLUTION_INDEX = "resolutionIndex";

  /** Long: the follow-up row. */
  public static final String FOLLOW_UP_ID = "followUpId";
  /** String: department code of the responsible department, for candidate groups. */
  public static final String RESPONSIBLE_DEPARTMENT = "responsibleDepartment";
  public static final String RESPONSIBLE_DEPARTMENT_NAME = "responsibleDepartmentName";
  /** Date: the end of the resolution's deadline day, the department task's due date. */
  public static final String RESOLUTION_DEADLINE = "resolutionDeadline";
  /** Date: when the department is reminded of the deadline. */
  public static final String REMIND_AT = "followUpRemindAt";
  /** Date: the start of the day after the deadline; from then on the resolution is overdue. */
  public static final String OVERDUE_AT = "followUpOverdueAt";
  /** String: ISO 8601 repeating interval of the office's periodic check. */
  public static final String CHECK_CYCLE = "followUpCheckCycle";
  public static final String PAGE_URL = "followUpPageUrl";
  /** Boolean: the deadline passed without a completion reported in time (routes 督促整改). */
  public static final String OVERDUE = "followUpOverdue";

  /** The department's report: progress (进展) or completed (办结). */
  public static final String REPORT_KIND = "followUpReportKind";
  public static final String PROGRESS = "followUpProgress";
  public static final String REPORT_TEXT = "followUpReportText";
  public static final String EVIDENCE = "followUpEvidence";

  /** The office on a reported completion: accept (办结) or return (退回). */
  public static final String COMPLETION_DECISION = "followUpCompletionDecision";
  public static final String COMPLETION_COMMENT = "followUpCompletionComment";

  /** 督办检查: progress on_track or lagging, quality, effect. */
  public static final String CHECK_PROGRESS = "checkProgress";
  public static final String CHECK_QUALITY = "checkQuality";
  public static final String CHECK_EFFECT = "checkEffect";

  /** 督促整改: urge (督促整改) or close (认定未完成并结案), with the urging or the reason. */
  public static final String URGE_DECISION = "urgeDecision";
  public static final String URGE_COMMENT = "urgeComment";

  /** 整改: the department's rectification report. */
  public static final String RECTIFICATION_TEXT = "rectificationText";
  public static final String RECTIFICATION_PROGRESS = "rectificationProgress";

  private FollowUpVariables() {}
}
