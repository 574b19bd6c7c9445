package cn.gov.agency.meeting.budget;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What R6.1 leaves to the agency: the largest amount one budget line may plausibly hold. Above it
 * the entry is taken for a typing error (an extra zero), not a budget.
 */
@ConfigurationProperties("meeting.budget")
public record BudgetSettings(@DefaultValue("1000000") BigDecimal maxLineAmount) {

  public BudgetSettings {
    if (maxLineAmount.signum() <= 0) {
      throw new IllegalArgumentException("meeting.budget.max-line-amount must be positive");
    }
  }
}
