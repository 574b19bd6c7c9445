package cn.gov.agency.meeting.notice;

import java.time.LocalDateTime;

/** One message of a notice to one recipient through one channel in one round (1 = the first sending). */
public record Delivery(long recipientId, NoticeChannel channel, int round, DeliveryStatus status,
    LocalDateTime recordedAt, String recordedBy) {

  public enum DeliveryStatus {
    SENT("已发送"),
    /**
     * Recorded and committed before the message is handed to the mail server or gateway, turned
     * into SENT after: a row still in this state means the application stopped in between.
     */
    SENDING("发送中"),
    /** The sending was interrupted after the hand-over may have happened: never resent blindly. */
    UNCONFIRMED("发送中断，待核实是否收到"),
    NO_ADDRESS("无联系方式，未发送"),
    /** E-mail is switched off for this installation (meeting.notification.email-enabled). */
    CHANNEL_OFF("邮件通道未启用，未发送");

    private final String label;

    DeliveryStatus(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
