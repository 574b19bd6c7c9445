package cn.gov.agency.meeting.plan;

public enum DepartmentPlanStatus {
  DRAFT("编报中"),
  SUBMITTED("已提交"),
  RETURNED("已退回修改");

  private final String label;

  DepartmentPlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean editable() {
    return this != SUBMITTED;
  }
}
