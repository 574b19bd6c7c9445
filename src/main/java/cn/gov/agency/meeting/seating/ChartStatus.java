package cn.gov.agency.meeting.seating;

/** A seat chart is rearranged while DRAFT; FINAL is what was printed and goes into the archive. */
public enum ChartStatus {
  DRAFT("草稿（可调整）"),
  FINAL("已定稿");

  private final String label;

  ChartStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
