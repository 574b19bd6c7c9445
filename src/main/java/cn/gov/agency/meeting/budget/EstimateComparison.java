package cn.gov.agency.meeting.budget;

import cn.gov.agency.meeting.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * R6.1: the detailed budget is compared with the estimate the meeting was applied (临时会议申请) or
 * planned with; a difference above {@code meeting.budget.estimate-difference-percent} of the
 * estimate, either way, is accepted only with a written reason (差异说明).
 */
@Component
class EstimateComparison {

  static final String LABEL = "与预计费用差异说明";

  private final BudgetSettings settings;

  EstimateComparison(BudgetSettings settings) {
    this.settings = settings;
  }

  /** The difference in percent of the estimate, when the meeting has an estimate to compare with. */
  Optional<BigDecimal> differencePercent(BigDecimal estimate, BigDecimal total) {
    if (estimate == null || estimate.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(total.subtract(estimate).abs().multiply(BigDecimal.valueOf(100))
        .divide(estimate, 1, RoundingMode.HALF_UP));
  }

  void check(BigDecimal estimate, BudgetDraft draft) {
    Optional<BigDecimal> percent = differencePercent(estimate, draft.total());
    if (percent.isEmpty() || percent.get().compareTo(settings.estimateDifferencePercent()) <= 0
        || draft.estimateDifferenceReason() != null) {
      return;
    }
    Violations violations = new Violations(BudgetForm.SUBJECT);
    violations.add(BudgetVariables.ESTIMATE_DIFFERENCE_REASON, LABEL, "required-when-far-from-estimate",
        "预算合计 " + draft.total().setScale(2, RoundingMode.HALF_UP).toPlainString() + " 元与申请时的预计费用 "
            + estimate.setScale(2, RoundingMode.HALF_UP).toPlainString() + " 元相差 " + percent.get().toPlainString()
            + "%，超过 " + settings.estimateDifferencePercent().stripTrailingZeros().toPlainString()
            + "%，必须书面说明差异原因");
    violations.throwIfAny();
  }
}
