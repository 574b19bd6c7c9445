package cn.gov.agency.meeting.budget;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One submitted version of a meeting's budget, its lines in the regulation's order, and its reviews.
 * An {@code adjustment} (预算调整, R6.2) changes an approved budget; its explanation is the reason.
 */
public record BudgetVersion(
    long id, long meetingId, int versionNo, BigDecimal total, List<LineAmount> lines,
    String otherDescription, String explanation, BudgetStatus status, String draftedBy,
    LocalDateTime draftedAt, List<Review> reviews, boolean adjustment, String estimateDifferenceReason) {

  public BudgetVersion {
    lines = List.copyOf(lines);
    reviews = List.copyOf(reviews);
  }

  public String statusLabel() {
    return status.label();
  }

  public record LineAmount(BudgetLine line, String field, String label, BigDecimal amount) {

    static LineAmount of(BudgetLine line, BigDecimal amount) {
      return new LineAmount(line, line.field(), line.label(), amount);
    }
  }

  public record Review(Reviewer reviewer, String reviewerLabel, ReviewDecision decision, String decisionLabel,
      String reviewerUserId, String comment, LocalDateTime decidedAt) {

    static Review of(Reviewer reviewer, ReviewDecision decision, String reviewerUserId, String comment,
        LocalDateTime decidedAt) {
      return new Review(reviewer, reviewer.label(), decision, decision.label(), reviewerUserId, comment, decidedAt);
    }
  }
}
