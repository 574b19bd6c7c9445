package cn.gov.agency.meeting.distribution;

/** Why someone receives the minutes (R7.1): they attended, or their department carries out a resolution. */
public enum RecipientReason {
  ATTENDEE("参会人员"),
  RESPONSIBLE("决议责任部门");

  private final String label;

  RecipientReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
