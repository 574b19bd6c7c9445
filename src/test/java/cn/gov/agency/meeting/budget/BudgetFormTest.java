package cn.gov.agency.meeting.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The money rules of R6.1 on the budget form, without the engine. */
class BudgetFormTest {

  private final BudgetForm form = new BudgetForm(new BudgetSettings(new BigDecimal("50000"), new BigDecimal("30")));

  @Test
  void formNumbersBecomeExactAmountsInTheRegulationsLines() {
    BudgetDraft draft = form.read(BudgetSamples.budgetForm());
    assertThat(draft.amount(BudgetLine.EQUIPMENT_RENTAL)).isEqualTo(new BigDecimal("300.50"));
    assertThat(draft.amount(BudgetLine.VENUE_RENTAL)).isEqualTo(new BigDecimal("2000.00"));
    assertThat(draft.lines()).containsOnlyKeys(BudgetLine.values());
    assertThat(draft.total()).isEqualTo(new BigDecimal("3650.50"));
    assertThat(draft.otherDescription()).isNull();
  }

  @Test
  void everyBrokenRuleNamesItsLine() {
    Map<String, Object> values = BudgetSamples.budgetForm();
    values.put("venueRental", -1);
    values.put("printing", 10.005);
    values.put("meals", 50000.01);
    values.put("transport", "abc");
    values.remove("accommodation");
    values.put("other", 10);
    assertThatThrownBy(() -> form.read(values)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.violations()).extracting(Violation::field, Violation::label, Violation::rule).containsExactlyInAnyOrder(
            tuple("venueRental", "场地租赁费", "not-negative"),
            tuple("printing", "印刷费", "cents"),
            tuple("meals", "餐费", "max-line"),
            tuple("transport", "交通费", "number"),
            tuple("accommodation", "住宿费", "required"),
            tuple("otherDescription", "其他说明", "required-with-other")));
  }

  @Test
  void theCapItselfIsAllowedAndOtherWithItsPurposeIsFine() {
    Map<String, Object> values = BudgetSamples.budgetForm();
    values.put("meals", 50000);
    values.put("other", 88.8);
    values.put("otherDescription", "会场布置");
    BudgetDraft draft = form.read(values);
    assertThat(draft.amount(BudgetLine.MEALS)).isEqualByComparingTo("50000");
    assertThat(draft.otherDescription()).isEqualTo("会场布置");
  }

  @Test
  void aBudgetOfNothingIsRefused() {
    Map<String, Object> values = BudgetSamples.budgetForm();
    for (BudgetLine line : BudgetLine.values()) {
      values.put(line.field(), 0);
    }
    assertThatThrownBy(() -> form.read(values)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("budgetTotal").hasMessageContaining("必须大于 0");
  }
}
