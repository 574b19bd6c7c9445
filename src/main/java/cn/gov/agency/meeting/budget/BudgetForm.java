package cn.gov.agency.meeting.budget;

import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.Violations;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads the budget form (编制/修改经费预算) and checks the money rules of R6.1: each line an
 * amount in yuan, at most the configured cap; a positive total; "other" explained. Every problem
 * names its line; nothing is saved unless all pass.
 */
@Component
public class BudgetForm {

  static final String SUBJECT = "经费预算";
  static final String TOTAL_FIELD = "budgetTotal";
  private static final int DESCRIPTION_LENGTH = 500;
  private static final int EXPLANATION_LENGTH = 4000;
  private static final int REASON_LENGTH = 2000;

  private final BudgetSettings settings;

  public BudgetForm(BudgetSettings settings) {
    this.settings = settings;
  }

  public BudgetDraft read(Map<String, ?> values) {
    Violations violations = new Violations(SUBJECT);
    Map<BudgetLine, BigDecimal> lines = lines(values, violations);
    String otherDescription = otherDescription(values, lines, violations);
    String explanation = Fields.optionalText(values, BudgetVariables.EXPLANATION);
    if (explanation.length() > EXPLANATION_LENGTH) {
      violations.add(BudgetVariables.EXPLANATION, "编制说明", "max-length", "不能超过 " + EXPLANATION_LENGTH + " 个字");
    }
    String differenceReason = Fields.optionalText(values, BudgetVariables.ESTIMATE_DIFFERENCE_REASON);
    if (differenceReason.length() > REASON_LENGTH) {
      violations.add(BudgetVariables.ESTIMATE_DIFFERENCE_REASON, EstimateComparison.LABEL, "max-length",
          "不能超过 " + REASON_LENGTH + " 个字");
    }
    violations.throwIfAny();
    return new BudgetDraft(lines, blankToNull(otherDescription), blankToNull(explanation),
        blankToNull(differenceReason));
  }

  /**
   * Reads a 预算调整 request (R6.2): the new amount of every line, by the same rules as a budget,
   * and the reason, which is required: the reviewers decide on it.
   */
  public BudgetDraft readAdjustment(Map<String, ?> values) {
    Violations violations = new Violations("预算调整");
    Map<BudgetLine, BigDecimal> lines = lines(values, violations);
    String otherDescription = otherDescription(values, lines, violations);
    String reason = Fields.requiredText(values, BudgetVariables.ADJUSTMENT_REASON, "调整理由", REASON_LENGTH,
        violations);
    violations.throwIfAny();
    return new BudgetDraft(lines, blankToNull(otherDescription), reason);
  }

  private Map<BudgetLine, BigDecimal> lines(Map<String, ?> values, Violations violations) {
    Map<BudgetLine, BigDecimal> lines = new EnumMap<>(BudgetLine.class);
    for (BudgetLine line : BudgetLine.values()) {
      BigDecimal amount = Fields.money(values, line.field(), line.label(), violations);
      if (amount != null && amount.compareTo(settings.maxLineAmount()) > 0) {
        violations.add(line.field(), line.label(), "max-line",
            "超过单项上限 " + settings.maxLineAmount().toPlainString() + " 元，请核对是否录入有误");
      } else if (amount != null) {
        lines.put(line, amount);
      }
    }
    if (lines.size() == BudgetLine.values().length
        && lines.values().stream().allMatch(amount -> amount.signum() == 0)) {
      violations.add(TOTAL_FIELD, "合计", "positive", "预算合计必须大于 0");
    }
    return lines;
  }

  private static String otherDescription(Map<String, ?> values, Map<BudgetLine, BigDecimal> lines,
      Violations violations) {
    String otherDescription = Fields.optionalText(values, BudgetVariables.OTHER_DESCRIPTION);
    BigDecimal other = lines.get(BudgetLine.OTHER);
    if (other != null && other.signum() > 0 && otherDescription.isEmpty()) {
      violations.add(BudgetVariables.OTHER_DESCRIPTION, "其他说明", "required-with-other",
          "“其他”金额大于 0 时必须说明用途");
    }
    if (otherDescription.length() > DESCRIPTION_LENGTH) {
      violations.add(BudgetVariables.OTHER_DESCRIPTION, "其他说明", "max-length",
          "不能超过 " + DESCRIPTION_LENGTH + " 个字");
    }
    return otherDescription;
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
