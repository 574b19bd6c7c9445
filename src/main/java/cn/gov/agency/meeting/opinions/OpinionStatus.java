package cn.gov.agency.meeting.opinions;

/** Where a symposium opinion's handling stands. */
public enum OpinionStatus {
  OPEN("办理中"),
  ANSWER_REPORTED("答复待办公室审核"),
  ANSWERED("已答复"),
  CLOSED_UNANSWERED("未答复结案");

  private final String label;

  OpinionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
