package cn.gov.agency.meeting.hospitality;

import cn.gov.agency.meeting.budget.BudgetCeiling;
import cn.gov.agency.meeting.budget.BudgetLine;
import cn.gov.agency.meeting.budget.BudgetService;
import cn.gov.agency.meeting.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * R6.1 (finance holds spending to the budget): what catering or accommodation commits must fit
 * its line of the meeting's approved budget, and nothing is committed before a budget is approved.
 */
@Component
class BudgetLineCheck {

  private final BudgetService budgets;

  BudgetLineCheck(BudgetService budgets) {
    this.budgets = budgets;
  }

  /**
   * Refuses {@code cost} (HTTP 400 / the form's message) naming {@code field}: without an approved
   * budget, or above the approved amount of {@code line}.
   */
  void check(long meetingId, BudgetLine line, BigDecimal cost, String calculation, String subject, String field,
      String label) {
    Violations violations = new Violations(subject);
    Optional<BudgetCeiling> ceiling = budgets.approvedCeiling(meetingId);
    BigDecimal money = cost.setScale(2, RoundingMode.HALF_UP);
    if (ceiling.isEmpty()) {
      violations.add(field, label, "budget-approved", "会议经费预算尚未批准，批准后才能安排" + subject
          + "（经费按预算控制）");
    } else {
      BigDecimal approved = ceiling.get().line(line);
      BigDecimal available = approved == null ? BigDecimal.ZERO : approved;
      if (money.compareTo(available) > 0) {
        violations.add(field, label, "within-budget", calculation + " = " + money.toPlainString()
            + " 元，超出已批准预算的" + line.label() + " " + available.setScale(2, RoundingMode.HALF_UP).toPlainString()
            + " 元（经费按预算控制；确需超出请先申请预算调整）");
      }
    }
    violations.throwIfAny();
  }
}
