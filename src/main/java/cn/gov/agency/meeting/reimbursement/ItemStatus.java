package cn.gov.agency.meeting.reimbursement;

/** Finance's latest word on one expense item; an accepted item is no longer changed by its department. */
public enum ItemStatus {
  PENDING("待审核"),
  ACCEPTED("已通过"),
  RETURNED("已退回");

  private final String label;

  ItemStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
