package cn.gov.agency.meeting.followup;

/** What the responsible department reports: progress so far, or the resolution carried out. */
public enum ReportKind implements FormChoice {
  PROGRESS("progress", "报告进展"),
  COMPLETED("completed", "报告办结");

  private final String value;
  private final String label;

  ReportKind(String value, String label) {
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
