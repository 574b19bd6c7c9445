package cn.gov.agency.meeting.distribution;

import static cn.gov.agency.meeting.support.EngineRest.inbox;
import static cn.gov.agency.meeting.support.EngineRest.single;
import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.minutes.MinutesVariables;
import cn.gov.agency.meeting.passon.PassOnVariables;
import cn.gov.agency.meeting.support.Eventually;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * After the minutes (R7.1, R7.2) on PostgreSQL through the REST APIs as the demo users: the minutes
 * approved in Tasklist are distributed by the job executor; 卫兰 (科技信息处, responsible for the
 * resolution) reads them and confirms, 周萍 (office) sees the delivery list; each department concerned
 * records its own passing-on (王丽 for 政策法规处, 周萍, 陈静, 卫兰 for theirs, R7.2) and its members
 * acknowledge it — and the office's overview shows what is missing and who has not acknowledged.
 */
@IntegrationTest
class DistributionAndPassingOnIT {

  @LocalServerPort int port;
  @Autowired MeetingRows meetings;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  @Test
  void approvedMinutesAreDistributedAndPassedOnByEveryDepartmentConcerned() throws Exception {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2024, 6, 3, 9, 0));
    approveMinutesInTasklist(meeting);

    // 会后工作 calls both stages; here they are started the way those calls start them.
    String distribution = runtimeService.startProcessInstanceByKey(DistributionVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();
    String passingOn = runtimeService.startProcessInstanceByKey(PassOnVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();
    awaitEnded(distribution);

    RestClient weilan = RestClient.as("weilan", port);
    JsonNode mine = only(weilan.get("/api/my/minutes").json(), meeting.id());
    assertThat(mine.get("reasonLabel").asText()).isEqualTo("决议责任部门");
    assertThat(mine.get("fullText").asBoolean()).isTrue();
    String reading = "/api/my/minutes/" + mine.get("recipientId").asLong();
    assertThat(weilan.get(reading).json().get("minutes").get("resolutions").get(0).get("text").asText())
        .isEqualTo("制定政策解读工作方案");
    assertThat(weilan.getPage("/app/my/minutes").body()).contains("我收到的会议纪要", "政策解读部署会");
    assertThat(weilan.getPage("/app/my/minutes/" + mine.get("recipientId").asLong()).body())
        .contains("制定政策解读工作方案", "科技信息处", "确认已阅");
    assertThat(RestClient.as("wangli", port).get(reading).status()).isEqualTo(403);
    assertThat(weilan.post(reading + "/read", Map.of()).json().get("readAt").isNull()).isFalse();

    RestClient zhouping = RestClient.as("zhouping", port);
    String deliveries = "/api/meetings/" + meeting.id() + "/distribution";
    JsonNode list = zhouping.get(deliveries).json();
    assertThat(list.get("distribution").get("completedAt").isNull()).isFalse();
    List<String> lines = new ArrayList<>();
    list.get("recipients").forEach(r -> r.get("deliveries").forEach(d ->
        lines.add(r.get("userId").asText() + " " + d.get("channel").asText() + " " + d.get("status").asText())));
    assertThat(lines).hasSize(12).contains("weilan IN_APP SENT", "wangli IN_APP SENT", "jiangtao EMAIL SENT");
    assertThat(zhouping.getPage("/app/meetings/" + meeting.id() + "/distribution").body())
        .contains("纪要分发情况", "卫兰", "决议责任部门（科技信息处）");
    assertThat(RestClient.as("chenjing", port).get(deliveries).status()).isEqualTo(403);

    // R7.2: each department concerned records its own passing-on in its own task; the host department
    // (政策法规处) records for nobody else.
    RestClient wangli = RestClient.as("wangli", port);
    JsonNode task = single(inbox(wangli, "本部门待办"), passingOn);
    assertThat(task.get("name").asText()).isEqualTo("记录本部门会议精神传达");
    String api = "/api/meetings/" + meeting.id() + "/passing-on";
    assertThat(wangli.post(api, entry("policy", "GROUP_STUDY", "2024-06-05", 12)).status()).isEqualTo(201);
    assertThat(wangli.post(api, entry("office", "INTERNAL_RELAY", "2024-06-06", 3)).status()).isEqualTo(403);
    var refused = wangli.post(api, entry("finance", "GROUP_STUDY", "2024-06-06", 8));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("department");
    assertThat(RestClient.as("jiangtao", port).post(api, entry("technology", "GROUP_STUDY", "2024-06-06", 5))
        .status()).isEqualTo(403);
    assertThat(wangli.post(submitOf(task), variables(Map.of())).status()).isEqualTo(204);

    JsonNode officeTask = single(inbox(zhouping, "本部门待办"), passingOn);
    var incomplete = zhouping.post(submitOf(officeTask), variables(Map.of()));
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.json().get("message").asText()).contains("办公室尚未登记本部门的传达情况");
    assertThat(zhouping.post(api, entry("office", "INTERNAL_RELAY", "2024-06-06", 3)).status()).isEqualTo(201);
    assertThat(zhouping.post(submitOf(officeTask), variables(Map.of())).status()).isEqualTo(204);
    RestClient chenjing = RestClient.as("chenjing", port);
    assertThat(chenjing.post(api, entry("business", "GROUP_STUDY", "2024-06-06", 8)).status()).isEqualTo(201);
    assertThat(chenjing.post(submitOf(single(inbox(chenjing, "本部门待办"), passingOn)), variables(Map.of()))
        .status()).isEqualTo(204);

    JsonNode overview = only(zhouping.get("/api/passing-on?year=2024").json(), meeting.id());
    assertThat(overview.get("missingDepartments").get(0).asText()).isEqualTo("科技信息处");
    assertThat(zhouping.getPage("/app/passing-on?year=2024").body()).contains("政策解读部署会", "科技信息处");
    assertThat(wangli.get("/api/passing-on?year=2024").status()).isEqualTo(403);

    assertThat(weilan.post(api, entry("technology", "INTERNAL_RELAY", "2024-06-07", 5)).status()).isEqualTo(201);
    assertThat(weilan.post(submitOf(single(inbox(weilan, "本部门待办"), passingOn)), variables(Map.of())).status())
        .isEqualTo(204);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(passingOn).singleResult()
        .getEndTime()).isNotNull();
    assertThat(only(zhouping.get("/api/passing-on?year=2024").json(), meeting.id()).get("missingDepartments"))
        .isEmpty();
    assertThat(wangli.getPage("/app/meetings/" + meeting.id() + "/passing-on").body())
        .contains("会议精神传达", "集中学习", "内部传达", "涉及的部门均已登记传达情况");

    // Every member of the departments acknowledges in 会议精神确认; the office sees who has not.
    RestClient jiangtao = RestClient.as("jiangtao", port);
    assertThat(only(jiangtao.get("/api/my/passing-on").json(), meeting.id()).get("acknowledgedAt").isNull()).isTrue();
    assertThat(jiangtao.getPage("/app/my/passing-on").body()).contains("会议精神确认", "政策解读部署会", "确认已知悉");
    assertThat(jiangtao.postForm("/app/my/passing-on/" + meeting.id() + "/acknowledge", Map.of()).body())
        .contains("已确认知悉");
    assertThat(jiangtao.post(api + "/acknowledgement", Map.of()).status()).isEqualTo(400);
    assertThat(weilan.post(api + "/acknowledgement", Map.of()).status()).isEqualTo(204);
    assertThat(only(zhouping.get("/api/passing-on?year=2024").json(), meeting.id()).get("notAcknowledged").asInt())
        .isPositive();
    List<String> technology = new ArrayList<>();
    zhouping.get(api).json().get("departments").forEach(d -> {
      if (d.get("departmentCode").asText().equals("technology")) {
        d.get("acknowledgements").forEach(a -> technology.add(a.get("userId").asText() + " " + !a.get("acknowledgedAt").isNull()));
      }
    });
    assertThat(technology).containsExactlyInAnyOrder("jiangtao true", "weilan true");
    assertThat(zhouping.getPage(api.replace("/api/", "/app/")).body()).contains("人员确认情况", "尚未确认的人员", "李明");
  }

  private static String submitOf(JsonNode task) {
    return "/engine-rest/task/" + task.get("id").asText() + "/submit-form";
  }

  /** 韩梅 drafts and submits, 冯刚 reviews, 钱军 approves: one resolution for 科技信息处. */
  private void approveMinutesInTasklist(MeetingRecord meeting) {
    meetings.nameStaff(meeting.id(), StaffDuty.RECORDER, List.of("hanmei"));
    Map<String, Object> stage = SampleMeetings.stageVariables(meeting);
    stage.put(LifecycleVariables.RECORDER, "hanmei");
    String minutes = runtimeService.startProcessInstanceByKey(MinutesVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), stage).getId();
    RestClient hanmei = RestClient.as("hanmei", port);
    assertThat(hanmei.put("/api/meetings/" + meeting.id() + "/minutes/draft", Map.of("startedAt", "2024-06-03T09:00",
        "endedAt", "2024-06-03T11:30", "place", "第一会议室", "content", "传达上级精神，研究部署下一阶段工作。",
        "resolutions", List.of(Map.of("text", "制定政策解读工作方案", "department", "technology",
            "deadline", "2024-07-31")))).status()).isEqualTo(200);
    submit(hanmei, "我的待办", minutes, Map.of());
    submit(RestClient.as("fenggang", port), "部门负责人审核", minutes,
        Map.of("minutesHeadDecision", "approve", "minutesHeadComment", "同意"));
    submit(RestClient.as("qianjun", port), "分管领导审批", minutes,
        Map.of("minutesLeaderDecision", "approve", "minutesLeaderComment", "同意印发"));
  }

  private static void submit(RestClient user, String inbox, String instanceId, Map<String, Object> values) {
    JsonNode task = single(inbox(user, inbox), instanceId);
    assertThat(user.post("/engine-rest/task/" + task.get("id").asText() + "/submit-form", variables(values))
        .status()).isEqualTo(204);
  }

  /** The job executor sends both channels; wait for it (bounded), not for a timer. */
  private void awaitEnded(String instanceId) {
    Eventually.until("distribution " + instanceId + " finished",
        () -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).finished().count(),
        count -> count > 0);
  }

  private static JsonNode only(JsonNode rows, long meetingId) {
    List<JsonNode> matching = new ArrayList<>();
    rows.forEach(row -> {
      if (row.get("meetingId").asLong() == meetingId) {
        matching.add(row);
      }
    });
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  private static Map<String, Object> entry(String department, String method, String heldOn, int count) {
    return Map.of("department", department, "method", method, "heldOn", heldOn, "participants", "本部门全体人员",
        "participantCount", count);
  }
}
