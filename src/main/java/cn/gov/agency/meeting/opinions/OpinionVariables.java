package cn.gov.agency.meeting.opinions;

/**
 * Process variables of 意见建议办理 (symposiumOpinion); the forms in forms/opinion-*.form use the same
 * keys. The opinion, its handling and its answer live in the symposium_opinion tables (R5.2).
 */
public final class OpinionVariables {

  public static final String PROCESS_KEY = "symposiumOpinion";
  public static final String STAGE = "opinions";

  /** Integer, written by prepareSymposiumOpinionsDelegate in 会后工作: how many opinions to handle. */
  public static final String OPINION_COUNT = "opinionCount";
  /** Integer: which opinion of the approved minutes (0-based), the caller's loopCounter. */
  public static final String OPINION_INDEX = "opinionIndex";

  /** Long: the symposium_opinion row. */
  public static final String OPINION_ID = "symposiumOpinionId";
  public static final String OWNER_DEPARTMENT_NAME = "opinionDepartmentName";
  /** Date: the end of the answer's deadline day, the department task's due date. */
  public static final String DEADLINE = "opinionDeadline";
  public static final String REMIND_AT = "opinionRemindAt";
  /** Date: the start of the day after the deadline. */
  public static final String OVERDUE_AT = "opinionOverdueAt";
  public static final String PAGE_URL = "opinionPageUrl";
  /** Boolean: the deadline passed without an answer accepted or reported in time (routes 督促办理). */
  public static final String OVERDUE = "opinionOverdue";

  /** 办理意见建议: how it was handled, and the answer fed back to whoever raised it. */
  public static final String HANDLING = "opinionHandling";
  public static final String ANSWER = "opinionAnswer";

  /** 审核答复: accept (同意答复) or return (退回重办). */
  public static final String REVIEW_DECISION = "opinionReviewDecision";
  public static final String REVIEW_COMMENT = "opinionReviewComment";

  /** 督促办理: urge (督促办理) or close (认定未答复并结案). */
  public static final String URGE_DECISION = "opinionUrgeDecision";
  public static final String URGE_COMMENT = "opinionUrgeComment";

  private OpinionVariables() {}
}
