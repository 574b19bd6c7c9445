package cn.gov.agency.meeting.minutes;

import static cn.gov.agency.meeting.support.EngineRest.inbox;
import static cn.gov.agency.meeting.support.EngineRest.single;
import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The minutes of a confidential work-deployment meeting on PostgreSQL through the REST APIs, as the
 * demo users do it: 韩梅 (recorder) drafts through the project's API and submits in Tasklist (an
 * incomplete draft is refused first), 冯刚 (head of 政策法规处) reviews, 钱军 (its leader in charge)
 * approves; 蒋涛, outside the meeting, sees nothing of it through either API.
 */
@IntegrationTest
class MinutesIT {

  @LocalServerPort int port;
  @Autowired MeetingRows meetings;
  @Autowired RuntimeService runtimeService;

  @Test
  void theRecorderDraftsTheHeadReviewsTheLeaderApprovesAndOutsidersSeeNothing() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2042, 3, 5, 9, 0));
    meetings.updateConfidential(meeting.id(), true);
    meetings.nameStaff(meeting.id(), StaffDuty.RECORDER, List.of("hanmei"));
    Map<String, Object> stage = SampleMeetings.stageVariables(meeting);
    stage.put(LifecycleVariables.RECORDER, "hanmei");
    // 会议召开 calls the stage; here it is started the way that call starts it.
    String instanceId = runtimeService.startProcessInstanceByKey(MinutesVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), stage).getId();

    RestClient hanmei = RestClient.as("hanmei", port);
    String api = "/api/meetings/" + meeting.id() + "/minutes";
    JsonNode record = single(inbox(hanmei, "我的待办"), instanceId);
    assertThat(record.get("name").asText()).isEqualTo("会议记录与纪要起草");
    Map<String, Object> draft = Map.of("startedAt", "2042-03-05T09:00", "endedAt", "2042-03-05T11:30",
        "place", "第一会议室", "content", "涉密部署：机构调整方案");
    assertThat(hanmei.put(api + "/draft", draft).status()).isEqualTo(200);
    var refused = hanmei.post("/engine-rest/task/" + record.get("id").asText() + "/submit-form", variables(Map.of()));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("决议事项（resolutions）");

    Map<String, Object> complete = new java.util.HashMap<>(draft);
    complete.put("resolutions", List.of(Map.of("text", "制定调整实施方案", "department", "policy",
        "deadline", "2042-04-30")));
    assertThat(hanmei.put(api + "/draft", complete).status()).isEqualTo(200);
    assertThat(hanmei.post("/engine-rest/task/" + record.get("id").asText() + "/submit-form",
        variables(Map.of())).status()).isEqualTo(204);

    RestClient fenggang = RestClient.as("fenggang", port);
    JsonNode headReview = single(inbox(fenggang, "部门负责人审核"), instanceId);
    assertThat(headReview.get("name").asText()).isEqualTo("部门负责人审核纪要");
    assertThat(fenggang.get(api + "/versions").json().get(0).get("minutes").get("content").asText())
        .isEqualTo("涉密部署：机构调整方案");
    assertThat(fenggang.post("/engine-rest/task/" + headReview.get("id").asText() + "/submit-form",
        variables(Map.of("minutesHeadDecision", "approve", "minutesHeadComment", "同意"))).status()).isEqualTo(204);

    RestClient qianjun = RestClient.as("qianjun", port);
    JsonNode leaderReview = single(inbox(qianjun, "分管领导审批"), instanceId);
    assertThat(leaderReview.get("name").asText()).isEqualTo("分管领导审定纪要");
    assertThat(qianjun.post("/engine-rest/task/" + leaderReview.get("id").asText() + "/submit-form",
        variables(Map.of("minutesLeaderDecision", "approve", "minutesLeaderComment", "同意印发"))).status())
        .isEqualTo(204);

    JsonNode approved = hanmei.get(api).json();
    assertThat(approved.get("version").get("status").asText()).isEqualTo("APPROVED");
    assertThat(approved.get("resolutions").get(0).get("text").asText()).isEqualTo("制定调整实施方案");
    assertThat(approved.get("resolutions").get(0).get("department").asText()).isEqualTo("policy");
    assertThat(approved.get("resolutions").get(0).get("deadline").asText()).isEqualTo("2042-04-30");
    assertThat(qianjun.getPage("/app/meetings/" + meeting.id() + "/minutes/document").body())
        .contains("会议纪要", "制定调整实施方案", "政策法规处", "2042年4月30日");

    RestClient outsider = RestClient.as("jiangtao", port);
    assertThat(outsider.get(api).status()).isEqualTo(403);
    assertThat(outsider.get(api + "/versions").status()).isEqualTo(403);
    assertThat(outsider.get(api + "/draft").status()).isEqualTo(403);
    assertThat(outsider.getPage("/app/meetings/" + meeting.id() + "/minutes/document").status()).isEqualTo(403);
    assertThat(outsider.get("/engine-rest/history/task?processInstanceId=" + instanceId).json()).isEmpty();
    assertThat(outsider.get("/engine-rest/history/variable-instance?processInstanceId=" + instanceId).json())
        .isEmpty();
    assertThat(RestClient.as("shenyu", port).get("/engine-rest/history/variable-instance?processInstanceId="
        + instanceId).body()).as("even the auditor's view of the engine holds no minutes text")
        .doesNotContain("机构调整方案", "制定调整实施方案");
  }
}
