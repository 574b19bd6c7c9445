package cn.gov.agency.meeting.leave;

import static cn.gov.agency.meeting.support.EngineRest.inbox;
import static cn.gov.agency.meeting.support.EngineRest.single;
import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.notice.NoticeVariables;
import cn.gov.agency.meeting.support.Eventually;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.support.TestMailServer;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 请假与代会 on PostgreSQL through the REST API as the demo users: fenggang asks for leave naming
 * chuwei, wangli of the host department approves in her inbox, chuwei gets the notice already sent
 * and reads the materials; the refusals come back as 400 naming the field.
 */
@IntegrationTest
class LeaveIT {

  @LocalServerPort int port;
  @Autowired MeetingRows meetings;
  @Autowired RuntimeService runtimeService;

  @Test
  void fenggangAsksWangliApprovesAndChuweiStandsInWithTheNoticeAndMaterials() throws Exception {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2031, 6, 2, 9, 0));
    long id = meeting.id();
    RestClient fenggang = RestClient.as("fenggang", port);
    RestClient wangli = RestClient.as("wangli", port);
    RestClient chuwei = RestClient.as("chuwei", port);
    RestClient weilan = RestClient.as("weilan", port);
    RestClient zhouping = RestClient.as("zhouping", port);
    sendNotice(meeting, zhouping);
    assertThat(chuwei.get("/api/meetings/" + id + "/materials").status()).as("not on the list yet").isEqualTo(403);

    // Refusals name the field.
    assertThat(violation(wangli.post("/api/meetings/" + id + "/leave-requests", Map.of("reason", "出差"))))
        .isEqualTo("substituteUserId/required");
    assertThat(violation(weilan.post("/api/meetings/" + id + "/leave-requests",
        Map.of("reason", "出差", "substituteUserId", "chuwei")))).isEqualTo("requester/participant");
    assertThat(violation(fenggang.post("/api/meetings/" + id + "/leave-requests",
        Map.of("reason", "出差", "substituteUserId", "wangli")))).isEqualTo("substituteUserId/not-on-list");

    RestClient.Response asked = fenggang.post("/api/meetings/" + id + "/leave-requests",
        Map.of("reason", "同日赴省厅参加培训", "substituteUserId", "chuwei"));
    assertThat(asked.status()).isEqualTo(201);
    assertThat(asked.json().get("status").asText()).isEqualTo("PENDING");
    String instanceId = asked.json().get("processInstanceId").asText();
    assertThat(violation(fenggang.post("/api/meetings/" + id + "/leave-requests",
        Map.of("reason", "出差", "substituteUserId", "hanmei")))).isEqualTo("requester/not-asked");

    assertThat(fenggang.get("/api/meetings/" + id + "/leave-requests").json()).hasSize(1);
    assertThat(RestClient.as("shenyu", port).get("/api/meetings/" + id + "/leave-requests").json()).hasSize(1);
    assertThat(RestClient.as("chenjing", port).get("/api/meetings/" + id + "/leave-requests").json())
        .as("another attendee sees only their own").isEmpty();
    assertThat(weilan.get("/api/meetings/" + id + "/leave-requests").status()).isEqualTo(403);

    // wangli decides in her department's inbox, as Tasklist does.
    JsonNode task = single(inbox(wangli, "本部门待办"), instanceId);
    assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("decideLeave");
    Map<String, Object> decision = new HashMap<>();
    decision.put("leaveDecision", "approve");
    decision.put("leaveComment", "同意，由褚伟代会");
    assertThat(weilan.post("/engine-rest/task/" + task.get("id").asText() + "/complete", variables(decision))
        .status()).isEqualTo(403);
    assertThat(wangli.post("/engine-rest/task/" + task.get("id").asText() + "/complete", variables(decision))
        .status()).isEqualTo(204);
    waitUntilEnded(instanceId);

    JsonNode decided = fenggang.get("/api/meetings/" + id + "/leave-requests").json().get(0);
    assertThat(decided.get("status").asText()).isEqualTo("APPROVED");
    assertThat(decided.get("decidedBy").asText()).isEqualTo("wangli");
    JsonNode list = wangli.get("/api/meetings/" + id).json().get("participants");
    assertThat(StreamSupport.stream(list.spliterator(), false).map(p -> p.path("personUserId").asText()))
        .contains("chuwei");
    assertThat(chuwei.get("/api/meetings/" + id + "/materials").status()).isEqualTo(200);
    assertThat(StreamSupport.stream(chuwei.get("/api/my/notices").json().spliterator(), false)
        .map(n -> n.get("meetingId").asLong())).contains(id);
    assertThat(subjects("chuwei@agency.example")).anyMatch(s -> s.contains("会议通知") && s.contains(meeting.title()));
    assertThat(subjects("fenggang@agency.example")).anyMatch(s -> s.contains("请假申请已准假"));

    String fenggangPage = fenggang.getPage("/app/my/meetings").body();
    assertThat(fenggangPage).contains(meeting.title(), "已请假", "已准假", "同意，由褚伟代会");
    assertThat(chuwei.getPage("/app/my/meetings").body()).contains(meeting.title(), "代会参加");
  }

  private void sendNotice(MeetingRecord meeting, RestClient zhouping) {
    String instanceId = runtimeService.startProcessInstanceByKey(NoticeVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();
    String draft = single(inbox(zhouping, "办公室待办"), instanceId).get("id").asText();
    assertThat(zhouping.post("/engine-rest/task/" + draft + "/complete", variables(Map.of(
        NoticeVariables.REQUIREMENTS, "请提前十分钟到场签到", NoticeVariables.PREPARATIONS, "请准备任务分解表")))
        .status()).isEqualTo(204);
    Eventually.until("the notice is sent by the job executor",
        () -> zhouping.get("/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=trackReceipts")
            .json(), tasks -> !tasks.isEmpty());
  }

  private void waitUntilEnded(String instanceId) {
    Eventually.until("the leave request's jobs run",
        () -> runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count(), count -> count == 0);
  }

  private static String violation(RestClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    JsonNode first = response.json().get("violations").get(0);
    return first.get("field").asText() + "/" + first.get("rule").asText();
  }

  private static java.util.List<String> subjects(String address) {
    return TestMailServer.messagesTo(address).stream().map(LeaveIT::subject).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
