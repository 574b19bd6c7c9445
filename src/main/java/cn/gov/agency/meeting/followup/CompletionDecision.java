package cn.gov.agency.meeting.followup;

/** The office on a reported completion. */
public enum CompletionDecision implements FormChoice {
  ACCEPT("accept", "确认办结"),
  RETURN("return", "退回继续落实");

  private final String value;
  private final String label;

  CompletionDecision(String value, String label) {
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
