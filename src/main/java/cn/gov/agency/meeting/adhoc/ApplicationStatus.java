package cn.gov.agency.meeting.adhoc;

/** Where an application stands, as the applicant sees it. */
public enum ApplicationStatus {
  SUBMITTED("待分管领导审批"),
  RETURNED("已退回修改"),
  APPROVED("已批准，待办公室备案"),
  REJECTED("未获批准"),
  WITHDRAWN("已撤回"),
  FILED("已备案");

  private final String label;

  ApplicationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
