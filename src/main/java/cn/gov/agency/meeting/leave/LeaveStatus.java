package cn.gov.agency.meeting.leave;

/** Where a leave request stands; stored by name in {@code leave_request.status}. */
public enum LeaveStatus {
  PENDING("待审批"),
  APPROVED("已准假"),
  REFUSED("未准假");

  private final String label;

  LeaveStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
