package cn.gov.agency.meeting.followup;

/**
 * The office on a lagging or overdue resolution: urge the department to rectify (again, after a
 * rectification report that is not enough), accept its rectification, or close it as not done.
 */
public enum UrgeDecision implements FormChoice {
  URGE("urge", "督促整改"),
  CLOSE_NOT_DONE("close", "认定未完成并结案"),
  RECTIFIED("rectified", "整改到位");

  private final String value;
  private final String label;

  UrgeDecision(String value, String label) {
    this.value = value;
    this.label = label;
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public String label() {
    return label;
  }
}
