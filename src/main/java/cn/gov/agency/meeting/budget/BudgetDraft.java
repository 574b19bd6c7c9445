package cn.gov.agency.meeting.budget;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * A checked budget: every line in yuan (two decimals), a positive total. {@code estimateDifferenceReason}
 * explains a large difference from the meeting's estimate (R6.1), null when none was given.
 */
public record BudgetDraft(Map<BudgetLine, BigDecimal> lines, String otherDescription, String explanation,
    String estimateDifferenceReason) {

  public BudgetDraft {
    lines = Map.copyOf(new EnumMap<>(lines));
  }

  public BudgetDraft(Map<BudgetLine, BigDecimal> lines, String otherDescription, String explanation) {
    this(lines, otherDescription, explanation, null);
  }

  public BigDecimal total() {
    return lines.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal amount(BudgetLine line) {
    return lines.get(line);
  }
}
