package cn.gov.agency.meeting.minutes;

/** Where a meeting's minutes stand: only while DRAFTING (the recorder's task is open) is the draft edited. */
public enum MinutesStatus {
  DRAFTING("记录人起草中"),
  IN_REVIEW("审核中"),
  APPROVED("已审定");

  private final String label;

  MinutesStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
