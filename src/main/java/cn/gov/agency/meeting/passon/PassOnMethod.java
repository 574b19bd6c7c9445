package cn.gov.agency.meeting.passon;

/** How a department passed the meeting on (R7.2); stored by name in {@code passing_on_record.method}. */
public enum PassOnMethod {
  GROUP_STUDY("集中学习"),
  INTERNAL_RELAY("内部传达");

  private final String label;

  PassOnMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
