package cn.gov.agency.meeting.followup;

/** How a resolution ended, the appraisal input of R7.3 (绩效考核). */
public enum Outcome {
  ON_TIME("按期完成"),
  LATE("逾期完成"),
  NOT_DONE("未完成");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
