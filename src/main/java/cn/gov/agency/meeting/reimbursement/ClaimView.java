package cn.gov.agency.meeting.reimbursement;

import java.math.BigDecimal;
import java.util.List;

/**
 * A meeting's claim as its page and API show it: items with invoices, the attachments from the
 * meeting, each line against the approved budget, every submission and every review.
 */
public record ClaimView(long meetingId, String meetingTitle, String hostDepartmentCode, Claim claim,
    List<ClaimItem> items, List<ClaimAttachment> attachments, List<LineUse> lines, BigDecimal claimedTotal,
    BigDecimal allowedTotal, Integer budgetVersionNo, List<ClaimVersion> versions, List<ItemReview> reviews) {

  public ClaimView {
    items = List.copyOf(items);
    attachments = List.copyOf(attachments);
    lines = List.copyOf(lines);
    versions = List.copyOf(versions);
    reviews = List.copyOf(reviews);
  }

  public boolean overBudget() {
    return allowedTotal == null || claimedTotal.compareTo(allowedTotal) > 0 || lines.stream().anyMatch(LineUse::over);
  }
}
