package cn.gov.agency.meeting.lifecycle;

import static cn.gov.agency.meeting.support.EngineRest.ids;
import static cn.gov.agency.meeting.support.EngineRest.inbox;
import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.support.Eventually;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleForms;
import cn.gov.agency.meeting.support.TestMailServer;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One meeting prepared end to end through the REST APIs as the demo users, on PostgreSQL with the
 * job executor running: ad-hoc approval, the office's settlement, venue, notice (sent by the job
 * executor, read back from the SMTP server with its invitation, receipts confirmed), materials,
 * budget, catering and accommodation — until the meeting is 筹备就绪.
 */
@IntegrationTest
class MeetingPreparationIT {

  @LocalServerPort int port;

  @Test
  void aMeetingIsPreparedEndToEndByTheDemoUsers() throws Exception {
    RestClient wangli = RestClient.as("wangli", port);
    RestClient qianjun = RestClient.as("qianjun", port);
    RestClient zhouping = RestClient.as("zhouping", port);
    RestClient liming = RestClient.as("liming", port);
    RestClient wuhua = RestClient.as("wuhua", port);
    RestClient fenggang = RestClient.as("fenggang", port);
    RestClient weilan = RestClient.as("weilan", port);

    Map<String, Object> application = SampleForms.adhocApplication();
    application.put("plannedStart", "2031-06-02T09:00");
    application.put("plannedEnd", "2031-06-02T11:30");
    String applicationId = wangli.post("/engine-rest/process-definition/key/adhocMeetingApplication/submit-form",
        variables(application)).json().get("id").asText();
    completeOk(qianjun, taskOfInstance(qianjun, applicationId), Map.of("leaderDecision", "approve"));
    completeOk(zhouping, taskOfInstance(zhouping, applicationId), Map.of("filingNote", "已备案"));
    long meetingId = -1;
    for (JsonNode mine : wangli.get("/api/adhoc-applications").json()) {
      if (mine.get("processInstanceId").asText().equals(applicationId)) {
        meetingId = mine.get("meetingId").asLong();
      }
    }
    assertThat(meetingId).as("the filed application's meeting").isPositive();

    // The office settles: an important meeting with meals and rooms.
    String settle = task(zhouping, meetingId, "settlePreparation");
    assertThat(ids(inbox(zhouping, "办公室待办"))).contains(settle);
    completeOk(zhouping, settle, Map.of("important", true, "needsCatering", true, "needsAccommodation", true));
    assertThat(wangli.get("/api/meetings/" + meetingId).json().at("/meeting/status").asText()).isEqualTo("PREPARING");

    // Venue: a room that fits; the notice can be drafted at once, the equipment check comes before the meeting.
    assertThat(wangli.get("/app/meetings/" + meetingId + "/rooms").status()).isEqualTo(200);
    String booking = task(zhouping, meetingId, "bookVenue");
    assertThat(complete(zhouping, booking, Map.of("roomCode", "R205", "requiredEquipment", "[]",
        "setupNotes", "主席台")).status()).as("R205 holds 8: enough").isEqualTo(204);
    task(zhouping, meetingId, "draftNotice");
    openEquipmentCheck(meetingId);
    completeOk(liming, task(liming, meetingId, "checkEquipment"), Map.of("equipmentResponsible", "zhouping",
        "workingEquipment", "[]", "equipmentRemarks", "设备正常"));
    assertThat(wangli.get("/api/meetings/" + meetingId).json().at("/meeting/place").asText()).isEqualTo("二楼小会议室");

    // Notice: drafted by the office, sent by the job executor through every channel (important).
    completeOk(zhouping, task(zhouping, meetingId, "draftNotice"), Map.of("noticeRequirements", "请提前十分钟到场",
        "noticePreparations", "请准备发言提纲"));
    String tracking = task(zhouping, meetingId, "trackReceipts");
    // Other tests' meetings mail the same people: this meeting's notice is the one whose invitation has its UID.
    List<String> invitations = new ArrayList<>();
    for (MimeMessage mail : TestMailServer.messagesTo("fenggang@agency.example")) {
      if (subject(mail).contains("会议通知")) {
        invitations.add(attachment(mail, "text/calendar"));
      }
    }
    String uid = "UID:meeting-" + meetingId + "@";
    assertThat(invitations).filteredOn(ics -> ics.contains(uid)).singleElement()
        .satisfies(ics -> assertThat(ics).contains("BEGIN:VEVENT", "DTSTART;TZID=Asia/Shanghai:20310602T090000",
            "LOCATION:二楼小会议室"));
    assertThat(complete(zhouping, tracking, Map.of()).status()).as("nobody has confirmed yet").isEqualTo(400);
    for (RestClient person : List.of(fenggang, qianjun)) {
      JsonNode mine = person.get("/api/my/notices").json();
      long recipientId = findMeeting(mine, meetingId).get("recipientId").asLong();
      assertThat(person.post("/api/my/notices/" + recipientId + "/confirm", Map.of()).status()).isEqualTo(200);
    }
    JsonNode receipts = zhouping.get("/api/meetings/" + meetingId + "/notice/receipts").json();
    assertThat(weilan.get("/api/meetings/" + meetingId + "/notice/receipts").status()).isEqualTo(403);
    assertThat(receipts).hasSize(3);
    for (JsonNode receipt : receipts) {
      if (receipt.get("guest").asBoolean()) {
        assertThat(zhouping.post("/api/meetings/" + meetingId + "/notice/receipts/" + receipt.get("key").asText()
            + "/confirm", Map.of("method", "PHONE", "note", "已电话通知")).status()).isEqualTo(200);
      }
    }
    assertThat(complete(zhouping, tracking, Map.of()).status()).isEqualTo(204);

    // Materials: uploaded by the host department, approved by its leader.
    for (String kind : List.of("agenda", "leader_speech", "work_report")) {
      assertThat(upload(wangli, meetingId, kind, kind + ".txt", ("材料 " + kind).getBytes(StandardCharsets.UTF_8))
          .status()).isEqualTo(201);
    }
    completeOk(wangli, task(wangli, meetingId, "prepareMaterials"), Map.of());
    completeOk(qianjun, task(qianjun, meetingId, "reviewMaterials"), Map.of("materialsDecision", "approve"));

    // Budget: drafted, reviewed by the leader in charge, approved by finance.
    String draftBudget = task(wangli, meetingId, "draftBudget");
    assertThat(ids(inbox(wangli, "本部门待办"))).contains(draftBudget);
    Map<String, Object> budget = new HashMap<>(Map.of("venueRental", 0, "equipmentRental", 0, "printing", 60,
        "meals", 455, "accommodation", 3500, "transport", 0, "other", 0, "budgetExplanation", "按标准编制",
        "estimateDifferenceReason", "按实际人数测算"));
    completeOk(wangli, draftBudget, budget);
    String leaderReview = task(qianjun, meetingId, "leaderBudgetReview");
    assertThat(ids(inbox(qianjun, "分管领导审批"))).contains(leaderReview);
    completeOk(qianjun, leaderReview, Map.of("budgetLeaderDecision", "approve"));
    String financeReview = task(wuhua, meetingId, "financeBudgetReview");
    assertThat(ids(inbox(wuhua, "财务审核"))).contains(financeReview);
    completeOk(wuhua, financeReview, Map.of("budgetFinanceDecision", "approve"));

    // Catering and accommodation by the office.
    completeOk(zhouping, task(zhouping, meetingId, "arrangeCatering"), Map.of("caterer", "canteen",
        "cateringStandard", 45.5, "menu", "四菜一汤", "cateringHeadCount", 3, "mealCount", 1,
        "cateringAgreement", "CY-2031-001", "cateringResponsible", "zhouping"));
    // 科技信息处 takes no part in this meeting's preparation; it is only asked for topics (R2 工作部署会).
    assertThat(weilan.get("/engine-rest/task?processInstanceBusinessKey="
        + URLEncoder.encode(MeetingKey.of(meetingId), StandardCharsets.UTF_8)).json())
        .allSatisfy(task -> assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("proposeTopics"));
    completeOk(zhouping, task(zhouping, meetingId, "arrangeAccommodation"), Map.of("hotel", "guesthouse",
        "roomStandard", 350, "checkIn", "2031-06-01T15:00", "checkOut", "2031-06-02T14:00",
        "accommodationResponsible", "zhouping"));

    JsonNode ready = waitForStatus(wangli, meetingId, "READY");
    assertThat(ready.at("/meeting/important").asBoolean()).isTrue();
    List<String> stages = new ArrayList<>();
    ready.get("events").forEach(e -> stages.add(e.get("stage").asText()));
    assertThat(stages).contains("preparation", "venue", "notice", "materials", "budget", "catering",
        "accommodation");
    for (String page : List.of("", "/notice", "/notice/receipts", "/materials", "/budget", "/catering",
        "/accommodation")) {
      assertThat(zhouping.get("/app/meetings/" + meetingId + page).status()).as("page %s", page).isEqualTo(200);
    }
    assertThat(zhouping.get("/app/meetings/" + meetingId).body()).contains("筹备就绪", "确定筹备事项", "预订会议室");
    RestClient.Response refused = weilan.getPage("/app/meetings/" + meetingId + "/budget");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("无权访问").doesNotContain("\"status\"");
  }

  /**
   * Completes a task as the user; a 409 (the step raced one of the process's own timers, e.g. the
   * notice's escalation firing at that moment) is retried as a user would, anything else returned.
   */
  private static RestClient.Response complete(RestClient user, String taskId, Map<String, ?> values) {
    return Eventually.until("completing task " + taskId + " without a lost race",
        () -> user.post("/engine-rest/task/" + taskId + "/complete", variables(values)),
        response -> response.status() != 409);
  }

  private static void completeOk(RestClient user, String taskId, Map<String, ?> values) {
    RestClient.Response response = complete(user, taskId, values);
    assertThat(response.status()).as("completing task %s: %s", taskId, response.body()).isEqualTo(204);
  }

  private static String taskOfInstance(RestClient user, String instanceId) {
    JsonNode tasks = user.get("/engine-rest/task?processInstanceId=" + instanceId).json();
    assertThat(tasks).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  /** The day before the meeting: the administrator runs 会前设备检查's timer now instead of in 2031. */
  private void openEquipmentCheck(long meetingId) {
    RestClient admin = RestClient.as("admin", port);
    String stage = Eventually.until("会前设备检查 of meeting " + meetingId + " started",
        () -> admin.get("/engine-rest/process-instance?processDefinitionKey=meetingEquipmentCheck&businessKey="
            + URLEncoder.encode(MeetingKey.of(meetingId), StandardCharsets.UTF_8)).json(), instances -> instances.size() == 1).get(0).get("id").asText();
    JsonNode timers = admin.get("/engine-rest/job?timers=true&processInstanceId=" + stage).json();
    assertThat(timers).hasSize(1);
    String check = timers.get(0).get("id").asText();
    assertThat(admin.post("/engine-rest/job/" + check + "/execute", Map.of()).status()).isEqualTo(204);
  }

  /** The open task of this step of the meeting, as the user sees it; waits for jobs that create it. */
  private static String task(RestClient user, long meetingId, String taskKey) {
    return Eventually.until("task " + taskKey + " of meeting " + meetingId + " reaches the inbox",
        () -> user.get("/engine-rest/task?processInstanceBusinessKey=" + URLEncoder.encode(MeetingKey.of(meetingId), StandardCharsets.UTF_8) + "&taskDefinitionKey=" + taskKey)
            .json(), tasks -> tasks.size() == 1).get(0).get("id").asText();
  }

  private static JsonNode waitForStatus(RestClient user, long meetingId, String status) {
    return Eventually.until("meeting " + meetingId + " becomes " + status,
        () -> user.get("/api/meetings/" + meetingId).json(),
        detail -> detail.at("/meeting/status").asText().equals(status));
  }

  private static JsonNode findMeeting(JsonNode notices, long meetingId) {
    for (JsonNode notice : notices) {
      if (notice.get("meetingId").asLong() == meetingId) {
        return notice;
      }
    }
    throw new AssertionError("no notice of meeting " + meetingId + " in " + notices);
  }

  private static RestClient.Response upload(RestClient user, long meetingId, String kind, String fileName,
      byte[] content) {
    return user.postFile("/api/meetings/" + meetingId + "/materials", Map.of("kind", kind), "file", fileName,
        "text/plain", content);
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String attachment(MimeMessage message, String contentType) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getContentType().startsWith(contentType)) {
        return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      }
      if (part.getContent() instanceof Multipart nested) {
        for (int j = 0; j < nested.getCount(); j++) {
          if (nested.getBodyPart(j).getContentType().startsWith(contentType)) {
            return new String(nested.getBodyPart(j).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          }
        }
      }
    }
    throw new AssertionError("no " + contentType + " part");
  }
}
