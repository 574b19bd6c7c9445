package cn.gov.agency.meeting.reimbursement;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One submission of the claim to finance, with the total claimed then. */
public record ClaimVersion(long id, int versionNo, BigDecimal total, String submittedBy, LocalDateTime submittedAt) {}
