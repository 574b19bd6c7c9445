package cn.gov.agency.meeting.materials;

/** Where a meeting's materials stand; only OPEN materials take uploads. */
public enum MaterialsStatus {
  OPEN("准备中"),
  IN_REVIEW("分管领导审核中"),
  APPROVED("已审定");

  private final String label;

  MaterialsStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
