package cn.gov.agency.meeting.followup;

import static cn.gov.agency.meeting.support.EngineRest.inbox;
import static cn.gov.agency.meeting.support.EngineRest.single;
import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.minutes.MinutesService;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One resolution of a confidential meeting followed up on PostgreSQL through the REST APIs as the
 * demo users: minutes approved the real way (韩梅, 冯刚, 钱军), then 王丽 (政策法规处) reports progress
 * and completion in her department's inbox, 周萍 (office) accepts; the appraisal counts it on time;
 * 蒋涛, outside the meeting and the department, sees nothing of it.
 */
@IntegrationTest
class FollowUpIT {

  @LocalServerPort int port;
  @Autowired MeetingRows meetings;
  @Autowired RuntimeService runtimeService;
  @Autowired FollowUpService followUps;

  @Test
  void policyReportsProgressAndCompletionTheOfficeAcceptsAndTheAppraisalCountsItOnTime() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2052, 3, 4, 9, 0));
    meetings.updateConfidential(meeting.id(), true);
    approveMinutes(meeting, "2052-05-29");

    // 会后工作 prepares the follow-ups and calls resolutionFollowUp once per resolution.
    assertThat(followUps.prepare(meeting.id(), "system")).isEqualTo(1);
    Map<String, Object> stage = new HashMap<>(SampleMeetings.stageVariables(meeting));
    stage.put(FollowUpVariables.RESOLUTION_INDEX, 0);
    String instanceId = runtimeService.startProcessInstanceByKey(FollowUpVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), stage).getId();
    long resolutionId = followUps.ofMeeting(meeting.id()).get(0).resolutionId();
    String api = "/api/meetings/" + meeting.id() + "/resolutions/" + resolutionId;

    RestClient wangli = RestClient.as("wangli", port);
    JsonNode carryOut = single(inbox(wangli, "本部门待办"), instanceId);
    assertThat(carryOut.get("name").asText()).isEqualTo("落实决议事项");
    var refused = wangli.post("/engine-rest/task/" + carryOut.get("id").asText() + "/submit-form",
        variables(Map.of("followUpReportKind", "progress", "followUpProgress", 120, "followUpReportText", "进行中")));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("完成进度（%）（followUpProgress）必须在 0 到 100 之间");
    assertThat(wangli.post("/engine-rest/task/" + carryOut.get("id").asText() + "/submit-form",
        variables(Map.of("followUpReportKind", "progress", "followUpProgress", 50, "followUpReportText",
            "已起草方案"))).status()).isEqualTo(204);
    JsonNode afterProgress = wangli.get(api).json();
    assertThat(afterProgress.get("followUp").get("progress").asInt()).isEqualTo(50);
    assertThat(afterProgress.get("followUp").get("resolutionText").asText()).isEqualTo("制定调整实施方案");

    JsonNode again = single(inbox(wangli, "本部门待办"), instanceId);
    assertThat(wangli.post("/engine-rest/task/" + again.get("id").asText() + "/submit-form",
        variables(Map.of("followUpReportKind", "completed", "followUpReportText", "方案已印发",
            "followUpEvidence", "政法〔2052〕3号"))).status()).isEqualTo(204);

    RestClient zhouping = RestClient.as("zhouping", port);
    JsonNode check = single(inbox(zhouping, "办公室待办"), instanceId);
    assertThat(check.get("name").asText()).isEqualTo("审核办结");
    assertThat(zhouping.post("/engine-rest/task/" + check.get("id").asText() + "/submit-form",
        variables(Map.of("followUpCompletionDecision", "accept", "followUpCompletionComment", "同意办结")))
        .status()).isEqualTo(204);

    JsonNode closed = zhouping.get(api).json();
    assertThat(closed.get("statusLabel").asText()).isEqualTo("按期完成");
    assertThat(closed.get("trail")).extracting(step -> step.get("action").asText() + "/"
        + step.get("actorUserId").asText()).containsExactly("OPENED/system", "PROGRESS_REPORTED/wangli",
        "COMPLETION_REPORTED/wangli", "COMPLETION_ACCEPTED/zhouping");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();

    JsonNode appraisal = zhouping.get("/api/appraisal/resolutions?year=2052").json();
    JsonNode policy = appraisal.get("departments").get(0);
    assertThat(policy.get("departmentCode").asText()).isEqualTo("policy");
    assertThat(policy.get("onTime").asInt()).isEqualTo(1);
    JsonNode responsible = appraisal.get("persons").get(0);
    assertThat(responsible.get("userId").asText()).as("R7.3: the 承办人 who reported").isEqualTo("wangli");
    assertThat(responsible.get("onTime").asInt()).isEqualTo(1);
    assertThat(zhouping.getPage("/app/appraisal?year=2052").body()).contains("决议执行情况", "政策法规处",
        "制定调整实施方案", "王丽", "周萍", "各承办人");
    assertThat(wangli.getPage("/app/meetings/" + meeting.id() + "/resolutions/" + resolutionId).body())
        .contains("制定调整实施方案", "按期完成", "政法〔2052〕3号");

    RestClient outsider = RestClient.as("jiangtao", port);
    assertThat(outsider.get(api).status()).isEqualTo(403);
    assertThat(outsider.get("/api/meetings/" + meeting.id() + "/resolutions").json()).isEmpty();
    assertThat(outsider.get("/api/appraisal/resolutions?year=2052").json().get("resolutions")).isEmpty();
  }

  /** The minutes of the meeting with one resolution for 政策法规处, as MinutesIT takes them to approval. */
  private void approveMinutes(MeetingRecord meeting, String deadline) {
    meetings.nameStaff(meeting.id(), StaffDuty.RECORDER, List.of("hanmei"));
    Map<String, Object> stage = SampleMeetings.stageVariables(meeting);
    stage.put(LifecycleVariables.RECORDER, "hanmei");
    String minutesId = runtimeService.startProcessInstanceByKey("meetingMinutes", MeetingKey.of(meeting.id()),
        stage).getId();
    RestClient hanmei = RestClient.as("hanmei", port);
    Map<String, Object> draft = Map.of("startedAt", "2052-03-04T09:00", "endedAt", "2052-03-04T11:30",
        "place", "第一会议室", "content", "研究部署调整工作", "resolutions",
        List.of(Map.of("text", "制定调整实施方案", "department", "policy", "deadline", deadline)));
    assertThat(hanmei.put("/api/meetings/" + meeting.id() + "/minutes/draft", draft).status()).isEqualTo(200);
    submit(hanmei, "我的待办", minutesId, Map.of());
    submit(RestClient.as("fenggang", port), "部门负责人审核", minutesId,
        Map.of("minutesHeadDecision", "approve", "minutesHeadComment", "同意"));
    submit(RestClient.as("qianjun", port), "分管领导审批", minutesId,
        Map.of("minutesLeaderDecision", "approve", "minutesLeaderComment", "同意印发"));
  }

  private static void submit(RestClient user, String inbox, String instanceId, Map<String, Object> values) {
    JsonNode task = single(inbox(user, inbox), instanceId);
    assertThat(user.post("/engine-rest/task/" + task.get("id").asText() + "/submit-form", variables(values))
        .status()).isEqualTo(204);
  }
}
