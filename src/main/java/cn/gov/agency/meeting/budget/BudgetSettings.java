package cn.gov.agency.meeting.budget;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What R6.1 leaves to the agency: the largest amount one budget line may plausibly hold (above it
 * the entry is taken for a typing error, an extra zero), and how far, in percent of the estimate
 * the meeting was applied or planned with, the detailed budget may differ before it needs a reason.
 */
@ConfigurationProperties("meeting.budget")
public record BudgetSettings(@DefaultValue("1000000") BigDecimal maxLineAmount,
    @DefaultValue("30") BigDecimal estimateDifferencePercent) {

  public BudgetSettings {
    if (maxLineAmount.signum() <= 0) {
      throw new IllegalArgumentException("meeting.budget.max-line-amount must be positive");
    }
    if (estimateDifferencePercent.signum() < 0) {
      throw new IllegalArgumentException("meeting.budget.estimate-difference-percent must not be negative");
    }
  }
}
