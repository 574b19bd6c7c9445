package cn.gov.agency.meeting.followup;

/** The office on an overdue resolution: urge the department to rectify, or close it as not done. */
public enum UrgeDecision implements FormChoice {
  URGE("urge", "督促整改"),
  CLOSE_NOT_DONE("close", "认定未完成并结案");

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
