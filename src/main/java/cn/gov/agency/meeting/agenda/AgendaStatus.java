package cn.gov.agency.meeting.agenda;

/** Where an agenda stands: topics being collected, drafted by the office,
 * returned by or fixed by the leader in charge. */
public enum AgendaStatus {
  COLLECTING("征集议题中"),
  DRAFTED("待分管领导审定"),
  RETURNED("分管领导退回，办公室修改中"),
  FIXED("已审定");

  private final String label;

  AgendaStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
