package cn.gov.agency.meeting.reliability;

import static cn.gov.agency.meeting.support.EngineRest.inbox;
import static cn.gov.agency.meeting.support.EngineRest.single;
import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.budget.BudgetVariables;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleForms;
import cn.gov.agency.meeting.support.SampleMeetings;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** Meetings prepared for the race, bad-input and authorization suites, the real way (through their processes). */
public final class HardeningSamples {

  private HardeningSamples() {}

  /** A held meeting of 政策法规处 whose approved budget has printing 150.00 (total 3650.50). */
  public static MeetingRecord heldMeetingWithBudget(MeetingRows meetings, RuntimeService runtimeService,
      TaskService taskService, AsUser as, LocalDateTime start) {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", start);
    String budget = runtimeService.startProcessInstanceByKey(BudgetVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();
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

  /**
   * A weekly series of two meetings of 政策法规处 from {@code firstDay} (a Monday), applied for by
   * 王丽, approved and filed the real way; answers the series id.
   */
  static long seriesOfTwo(int port, String firstDay) {
    RestClient wangli = RestClient.as("wangli", port);
    Map<String, Object> form = new HashMap<>(SampleForms.adhocApplication());
    form.put("plannedStart", firstDay + "T14:00");
    form.put("plannedEnd", firstDay + "T15:00");
    form.put("repeatPattern", "WEEKLY");
    form.put("repeatCount", 2);
    form.put("holidayRule", "SKIP");
    var started = wangli.post("/engine-rest/process-definition/key/adhocMeetingApplication/submit-form",
        variables(form));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    RestClient qianjun = RestClient.as("qianjun", port);
    assertThat(qianjun.post("/engine-rest/task/" + single(inbox(qianjun, "分管领导审批"), instanceId).get("id").asText()
        + "/submit-form", variables(Map.of("leaderDecision", "approve"))).status()).isEqualTo(204);
    RestClient zhouping = RestClient.as("zhouping", port);
    assertThat(zhouping.post("/engine-rest/task/" + single(inbox(zhouping, "办公室待办"), instanceId).get("id").asText()
        + "/submit-form", variables(Map.of("filingNote", "同意备案"))).status()).isEqualTo(204);
    JsonNode application = StreamSupport.stream(wangli.get("/api/adhoc-applications").json().spliterator(), false)
        .filter(a -> a.get("processInstanceId").asText().equals(instanceId)).findFirst().orElseThrow();
    return wangli.get("/api/meetings/" + application.get("meetingId").asLong() + "/series").json()
        .get("series").get("id").asLong();
  }

  public static byte[] pdf(String text) {
    return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void completeSingle(TaskService taskService, AsUser as, String instanceId, String user,
      Map<String, Object> values) {
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    as.run(user, () -> taskService.complete(taskId, values));
  }
}
