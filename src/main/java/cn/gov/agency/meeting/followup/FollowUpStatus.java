package cn.gov.agency.meeting.followup;

/** Where a follow-up stands. */
public enum FollowUpStatus {
  /** The department is carrying it out (also after the office returned a completion). */
  OPEN("落实中"),
  /** The department reported it completed; the office has not decided yet. */
  COMPLETION_REPORTED("已报办结，待办公室审核"),
  CLOSED("已结案");

  private final String label;

  FollowUpStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
