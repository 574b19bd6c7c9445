package cn.gov.agency.meeting.reimbursement;

import cn.gov.agency.meeting.budget.BudgetVariables;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * Held meetings with an approved budget (run through 经费预算 as the demo users), and claim input as
 * the page and JSON send it.
 */
final class ReimbursementSamples {

  private ReimbursementSamples() {}

  /** A held meeting of 政策法规处 whose approved budget is 3650.50: venue 2000, equipment 300.50, printing 150, meals 1200. */
  static MeetingRecord heldMeetingWithBudget(MeetingRows meetings, RuntimeService runtimeService,
      TaskService taskService, AsUser as, LocalDateTime start) {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", start);
    String budget = runtimeService.startProcessInstanceByKey(BudgetVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();
    complete(taskService, as, budget, "wangli", budgetForm());
    complete(taskService, as, budget, "qianjun", Map.of("budgetLeaderDecision", "approve"));
    complete(taskService, as, budget, "wuhua", Map.of("budgetFinanceDecision", "approve"));
    return held(meetings, meeting);
  }

  static MeetingRecord held(MeetingRows meetings, MeetingRecord meeting) {
    if (!meetings.updateStatus(meeting.id(), MeetingStatus.APPROVED, MeetingStatus.HELD)) {
      throw new IllegalStateException("meeting " + meeting.id() + " was not APPROVED");
    }
    return meetings.find(meeting.id()).orElseThrow();
  }

  static Map<String, Object> budgetForm() {
    Map<String, Object> form = new HashMap<>();
    form.put("venueRental", 2000);
    form.put("equipmentRental", 300.5);
    form.put("printing", 150);
    form.put("meals", 1200);
    form.put("accommodation", 0);
    form.put("transport", 0);
    form.put("other", 0);
    return form;
  }

  /** The approved budget with meals raised to 1300: total 3750.50. */
  static Map<String, Object> adjustmentForm() {
    Map<String, Object> form = budgetForm();
    form.put("meals", 1300);
    form.put("adjustmentReason", "参会人数增加，工作餐超出预算");
    return form;
  }

  static Map<String, Object> item(String line, Object amount, String description) {
    Map<String, Object> item = new HashMap<>();
    item.put("line", line);
    item.put("amount", amount);
    item.put("description", description);
    return item;
  }

  static byte[] pdf(String text) {
    return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The start of a Windows executable. */
  static byte[] exe() {
    byte[] content = new byte[256];
    content[0] = 'M';
    content[1] = 'Z';
    content[2] = (byte) 0x90;
    return content;
  }

  private static void complete(TaskService taskService, AsUser as, String instanceId, String user,
      Map<String, Object> variables) {
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    as.run(user, () -> taskService.complete(taskId, variables));
  }
}
