package cn.gov.agency.meeting.budget;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** A checked budget: every line in yuan (two decimals), a positive total. */
public record BudgetDraft(Map<BudgetLine, BigDecimal> lines, String otherDescription, String explanation) {

  public BudgetDraft {
    lines = Map.copyOf(new EnumMap<>(lines));
  }

  public BigDecimal total() {
    return lines.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal amount(BudgetLine line) {
    return lines.get(line);
  }
}
