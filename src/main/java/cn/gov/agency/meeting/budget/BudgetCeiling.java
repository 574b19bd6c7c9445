package cn.gov.agency.meeting.budget;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The approved budget as the limit later spending is held to (R6.1, R6.2): the total and each
 * line, from the latest version finance approved.
 */
public record BudgetCeiling(long meetingId, long budgetVersionId, int versionNo, BigDecimal total,
    Map<BudgetLine, BigDecimal> lines) {

  public BudgetCeiling {
    lines = Map.copyOf(new EnumMap<>(lines));
  }

  public BigDecimal line(BudgetLine line) {
    return lines.get(line);
  }
}
