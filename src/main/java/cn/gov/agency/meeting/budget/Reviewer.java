package cn.gov.agency.meeting.budget;

/**
 * The two reviews of R6.1 in their order: the leader in charge reviews a submitted version, finance
 * approves what the leader agreed to. Each knows its form fields and the status it acts on.
 */
public enum Reviewer {
  LEADER("分管领导审核预算", "分管领导", BudgetVariables.LEADER_DECISION, BudgetVariables.LEADER_COMMENT,
      BudgetStatus.SUBMITTED, BudgetStatus.LEADER_APPROVED),
  FINANCE("财务审批预算", "财务部门", BudgetVariables.FINANCE_DECISION, BudgetVariables.FINANCE_COMMENT,
      BudgetStatus.LEADER_APPROVED, BudgetStatus.APPROVED);

  private final String subject;
  private final String label;
  private final String decisionField;
  private final String commentField;
  private final BudgetStatus reviews;
  private final BudgetStatus approvedStatus;

  Reviewer(String subject, String label, String decisionField, String commentField, BudgetStatus reviews,
      BudgetStatus approvedStatus) {
    this.subject = subject;
    this.label = label;
    this.decisionField = decisionField;
    this.commentField = commentField;
    this.reviews = reviews;
    this.approvedStatus = approvedStatus;
  }

  public String label() {
    return label;
  }

  String subject() {
    return subject;
  }

  String decisionField() {
    return decisionField;
  }

  String commentField() {
    return commentField;
  }

  BudgetStatus reviews() {
    return reviews;
  }

  BudgetStatus after(ReviewDecision decision) {
    return decision == ReviewDecision.APPROVE ? approvedStatus : BudgetStatus.RETURNED;
  }

  /** The trail's action name, e.g. LEADER_RETURNED. */
  String action(ReviewDecision decision) {
    return name() + (decision == ReviewDecision.APPROVE ? "_APPROVED" : "_RETURNED");
  }
}
