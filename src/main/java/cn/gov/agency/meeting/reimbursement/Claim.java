package cn.gov.agency.meeting.reimbursement;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A meeting's expense claim (R6.2); reimbursed total, who and when once finance accepted every item. */
public record Claim(long id, long meetingId, String processInstanceId, ClaimStatus status, LocalDateTime openedAt,
    BigDecimal reimbursedTotal, String reimbursedBy, LocalDateTime reimbursedAt) {

  public String statusLabel() {
    return status.label();
  }
}
