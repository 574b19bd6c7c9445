package cn.gov.agency.meeting.budget;

/**
 * Process variables of 经费预算 (meetingBudget) besides the lifecycle's; the forms in
 * forms/budget-*.form use the same keys, and the line amounts use {@link BudgetLine#field()}.
 */
public final class BudgetVariables {

  public static final String PROCESS_KEY = "meetingBudget";
  /** 预算调整 (R6.2): its own process per request, business key the meeting id; same review variables. */
  public static final String ADJUSTMENT_PROCESS_KEY = "budgetAdjustment";
  public static final String STAGE = "budget";
  /** Sent when finance approves; 会议用餐 and 会议住宿 of the meeting (same business key) wait for it. */
  public static final String BUDGET_APPROVED_MESSAGE = "meetingBudgetApproved";

  public static final String OTHER_DESCRIPTION = "otherDescription";
  public static final String EXPLANATION = "budgetExplanation";
  /** Why the budget differs much from the estimate the meeting was applied for with (R6.1). */
  public static final String ESTIMATE_DIFFERENCE_REASON = "estimateDifferenceReason";
  /** Long: the version just recorded, the one the reviewers decide on. */
  public static final String BUDGET_VERSION_ID = "budgetVersionId";
  /** The reason of a 预算调整 request (JSON and page form field). */
  public static final String ADJUSTMENT_REASON = "adjustmentReason";
  public static final String LEADER_DECISION = "budgetLeaderDecision";
  public static final String LEADER_COMMENT = "budgetLeaderComment";
  public static final String FINANCE_DECISION = "budgetFinanceDecision";
  public static final String FINANCE_COMMENT = "budgetFinanceComment";

  private BudgetVariables() {}
}
