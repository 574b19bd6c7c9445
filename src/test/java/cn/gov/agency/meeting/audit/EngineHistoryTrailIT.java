package cn.gov.agency.meeting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.lifecycle.MeetingLifecycle;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.Eventually;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's share of the trail as the auditor reads it on PostgreSQL (engine authorization on):
 * the meeting's history is read table by table with SQL the process tests only run on H2.
 */
@IntegrationTest
class EngineHistoryTrailIT {

  @LocalServerPort int port;
  @Autowired MeetingRows meetings;
  @Autowired MeetingLifecycle lifecycle;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @Test
  void theAuditorReadsWhoClaimedAndCompletedATaskWithItsFieldsCommentAndRole() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    lifecycle.start(meeting.id());
    Task settle = Eventually.until("the office's preparation task", () -> taskService.createTaskQuery()
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).taskDefinitionKey("settlePreparation")
        .singleResult(), task -> task != null);
    AsUser as = new AsUser(identityService);
    // Comments are administrators' (people's remarks are fields of the forms); the trail shows them with the task.
    as.run("admin", () -> taskService.createComment(settle.getId(), settle.getProcessInstanceId(),
        "按重要会议筹备，不安排用餐"));
    as.run("zhouping", () -> {
      taskService.claim(settle.getId(), "zhouping");
      taskService.complete(settle.getId(),
          Map.of("important", true, "needsCatering", false, "needsAccommodation", false));
    });

    JsonNode trail = RestClient.as("shenyu", port).get("/api/audit/meetings/" + meeting.id() + "/trail").json();

    List<JsonNode> entries = new ArrayList<>();
    trail.forEach(entries::add);
    assertThat(entries).filteredOn(e -> "PROCESS_STARTED".equals(e.get("kind").asText()))
        .extracting(e -> e.get("processKey").asText() + "/" + e.get("detail").asText())
        .contains("meetingLifecycle/", "meetingPreparation/由上级流程调用");
    assertThat(entries).filteredOn(e -> "TASK_CLAIMED".equals(e.get("kind").asText())
            && "settlePreparation".equals(e.get("activityKey").asText()))
        .singleElement().satisfies(e -> assertThat(e.get("actorUserId").asText()).isEqualTo("zhouping"));
    assertThat(entries).filteredOn(e -> "TASK_COMPLETED".equals(e.get("kind").asText())
            && "settlePreparation".equals(e.get("activityKey").asText()))
        .singleElement().satisfies(e -> {
          assertThat(e.get("actorName").asText()).isEqualTo("周萍");
          assertThat(e.get("role").asText()).isEqualTo("办公室");
          assertThat(e.get("detail").asText()).contains("重要会议（多渠道通知）：是", "需要安排会议用餐：否")
              .endsWith("意见：按重要会议筹备，不安排用餐");
        });
  }
}
