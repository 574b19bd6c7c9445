package cn.gov.agency.meeting.notice;

/** Where a notice stands: drafted and being sent, sent through every channel, confirmed by everyone. */
public enum NoticeStatus {
  SENDING("发送中"),
  SENT("已发出，待确认到位"),
  CONFIRMED("已全部确认到位");

  private final String label;

  NoticeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
