package cn.gov.agency.meeting.budget;

import java.util.HashMap;
import java.util.Map;

/** A valid budget form, as Tasklist sends it (numbers as Integer or Double), total 3650.50 yuan. */
final class BudgetSamples {

  private BudgetSamples() {}

  static Map<String, Object> budgetForm() {
    Map<String, Object> form = new HashMap<>();
    form.put("venueRental", 2000);
    form.put("equipmentRental", 300.5);
    form.put("printing", 150);
    form.put("meals", 1200);
    form.put("accommodation", 0);
    form.put("transport", 0);
    form.put("other", 0);
    form.put("budgetExplanation", "会议室半天，40人工作餐");
    return form;
  }
}
