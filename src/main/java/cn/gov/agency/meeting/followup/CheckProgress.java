package cn.gov.agency.meeting.followup;

/** The office's view of a resolution's progress at a periodic check (督办检查). */
public enum CheckProgress implements FormChoice {
  ON_TRACK("on_track", "进度正常"),
  LAGGING("lagging", "进度滞后");

  private final String value;
  private final String label;

  CheckProgress(String value, String label) {
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
