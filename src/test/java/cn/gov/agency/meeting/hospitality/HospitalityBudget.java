package cn.gov.agency.meeting.hospitality;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.budget.BudgetVariables;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** The meeting's budget approved through the real 经费预算 process, with the meals and accommodation lines given. */
final class HospitalityBudget {

  private HospitalityBudget() {}

  static void approve(RuntimeService runtimeService, TaskService taskService, AsUser as, MeetingRecord meeting,
      Number meals, Number accommodation) {
    String pi = runtimeService.startProcessInstanceByKey(BudgetVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting)).getId();
    Map<String, Object> form = new HashMap<>(Map.of("venueRental", 0, "equipmentRental", 0, "printing", 0,
        "meals", meals, "accommodation", accommodation, "transport", 0, "other", 0));
    form.put("budgetExplanation", "按用餐和住宿标准测算");
    form.put("estimateDifferenceReason", "只列用餐和住宿，其余费用由机关承担");
    complete(taskService, as, pi, "wangli", form);
    complete(taskService, as, pi, "qianjun", Map.of("budgetLeaderDecision", "approve"));
    complete(taskService, as, pi, "wuhua", Map.of("budgetFinanceDecision", "approve"));
  }

  private static void complete(TaskService taskService, AsUser as, String pi, String user, Map<String, Object> values) {
    String taskId = taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
    as.run(user, () -> taskService.complete(taskId, values));
  }
}
