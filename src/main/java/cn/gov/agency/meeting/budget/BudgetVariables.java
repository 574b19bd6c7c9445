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

  public static final String OTHER_DESCRIPTION = "otherDescription";
  public static final String EXPLANATION = "budgetExplanation";
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
