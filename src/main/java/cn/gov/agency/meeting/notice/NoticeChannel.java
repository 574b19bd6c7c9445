package cn.gov.agency.meeting.notice;

/** How a notice reaches a person; stored by name in {@code notice_delivery.channel}. */
public enum NoticeChannel {
  EMAIL("电子邮件"),
  SMS("短信"),
  IN_APP("系统内通知");

  private final String label;

  NoticeChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
