package cn.gov.agency.meeting.reimbursement;

/** Where a meeting's claim stands; the host department edits it only while drafting or revising. */
public enum ClaimStatus {
  DRAFTING("填报中"),
  IN_REVIEW("财务审核中"),
  RETURNED("退回修改中"),
  REIMBURSED("已报销");

  private final String label;

  ClaimStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  boolean editable() {
    return this == DRAFTING || this == RETURNED;
  }
}
