package cn.gov.agency.meeting.reimbursement;

import java.time.LocalDateTime;

/**
 * What the meeting itself contributes to the claim: its notice as sent and its sign-in sheet,
 * attached when the claim is opened; {@code reference} is the page that shows it.
 */
public record ClaimAttachment(AttachmentKind kind, String kindLabel, String title, String reference,
    LocalDateTime attachedAt) {

  public enum AttachmentKind {
    NOTICE("会议通知"),
    SIGN_IN_SHEET("签到表");

    private final String label;

    AttachmentKind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
