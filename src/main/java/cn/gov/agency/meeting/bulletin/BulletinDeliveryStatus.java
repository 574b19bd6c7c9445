package cn.gov.agency.meeting.bulletin;

/** Where one message of a bulletin to one person through one channel stands. */
public enum BulletinDeliveryStatus {
  SENT("已发送"),
  /** Committed before the hand-over to the mail server or gateway, SENT after. */
  SENDING("发送中"),
  /** A crash cut the sending off after the hand-over may have happened: never resent blindly. */
  UNCONFIRMED("发送中断，待核实是否收到"),
  NO_ADDRESS("无联系方式，未发送"),
  CHANNEL_OFF("邮件通道未启用，未发送");

  private final String label;

  BulletinDeliveryStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
