package cn.gov.agency.meeting.budget;

/** Where one budget version stands; a returned version stays as it was, its revision is a new version. */
public enum BudgetStatus {
  SUBMITTED("待分管领导审核"),
  LEADER_APPROVED("分管领导已同意，待财务审批"),
  APPROVED("已批准"),
  RETURNED("已退回修改");

  private final String label;

  BudgetStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A version still under review blocks a new one: two budgets must never be in review at once. */
  boolean inReview() {
    return this == SUBMITTED || this == LEADER_APPROVED;
  }
}
