package cn.gov.agency.meeting.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.budget.BudgetVariables;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRepository;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** Meetings prepared for the race, bad-input and authorization suites, the real way (through their processes). */
final class HardeningSamples {

  private HardeningSamples() {}

  /** A held meeting of 政策法规处 whose approved budget has printing 150.00 (total 3650.50). */
  static MeetingRecord heldMeetingWithBudget(MeetingRepository meetings, RuntimeService runtimeService,
      TaskService taskService, AsUser as, LocalDateTime start) {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", start);
    String budget = runtimeService.startProcessInstanceByKey(BudgetVariables.PROCESS_KEY,
        SampleMeetings.stageVariables(meeting)).getId();
    Map<String, Object> form = new HashMap<>();
    form.put("venueRental", 2000);
    form.put("equipmentRental", 300.5);
    form.put("printing", 150);
    form.put("meals", 1200);
    form.put("accommodation", 0);
    form.put("transport", 0);
    form.put("other", 0);
    completeSingle(taskService, as, budget, "wangli", form);
    completeSingle(taskService, as, budget, "qianjun", Map.of("budgetLeaderDecision", "approve"));
    completeSingle(taskService, as, budget, "wuhua", Map.of("budgetFinanceDecision", "approve"));
    assertThat(meetings.updateStatus(meeting.id(), MeetingStatus.APPROVED, MeetingStatus.HELD)).isTrue();
    return meetings.find(meeting.id()).orElseThrow();
  }

  static byte[] pdf(String text) {
    return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void completeSingle(TaskService taskService, AsUser as, String instanceId, String user,
      Map<String, Object> values) {
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    as.run(user, () -> taskService.complete(taskId, values));
  }
}
