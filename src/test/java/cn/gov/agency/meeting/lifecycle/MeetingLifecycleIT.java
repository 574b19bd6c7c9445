package cn.gov.agency.meeting.lifecycle;

import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.support.Eventually;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleForms;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each of the four meeting types held end to end through the REST APIs as the demo users, on
 * PostgreSQL with the job executor running: applied for, approved, prepared (late notice with its
 * reason — the meeting starts in 20 minutes), people sign in with their own codes, the recorder's
 * output reviewed and approved with its structured data; the work deployment meeting then goes on
 * through reimbursement to its archive. Only the end of the meeting is simulated: the sign-in
 * timer's job is executed by the administrator instead of waiting two hours.
 */
@IntegrationTest
class MeetingLifecycleIT {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @LocalServerPort int port;

  @Test
  void everyMeetingTypeIsHeldEndToEndAndTheDeploymentMeetingIsArchived() throws Exception {
    LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(20).truncatedTo(ChronoUnit.MINUTES);
    Map<String, String> rooms = Map.of("work_deployment", "R301", "business_seminar", "R302",
        "experience_exchange", "R501", "symposium", "R601");
    for (String type : List.of("work_deployment", "business_seminar", "experience_exchange", "symposium")) {
      long meetingId = holdMeeting(type, start, rooms.get(type));
      JsonNode minutes = RestClient.as("wangli", port).get("/api/meetings/" + meetingId + "/minutes").json();
      switch (type) {
        case "work_deployment" -> {
          assertThat(minutes.get("outputDocument").asText()).isEqualTo("会议纪要");
          assertThat(minutes.at("/resolutions/0/department").asText()).isEqualTo("business");
          reimburseAndArchive(meetingId);
        }
        case "business_seminar" -> assertThat(minutes.get("outputDocument").asText()).isEqualTo("研讨报告");
        case "experience_exchange" -> assertThat(minutes.get("outputDocument").asText()).isEqualTo("经验交流材料汇编");
        default -> assertThat(minutes.get("outputDocument").asText()).isEqualTo("意见建议及处理反馈");
      }
    }
  }

  private long holdMeeting(String type, LocalDateTime start, String room) throws Exception {
    RestClient wangli = RestClient.as("wangli", port);
    RestClient qianjun = RestClient.as("qianjun", port);
    RestClient zhouping = RestClient.as("zhouping", port);
    RestClient fenggang = RestClient.as("fenggang", port);
    RestClient hanmei = RestClient.as("hanmei", port);

    Map<String, Object> application = SampleForms.adhocApplication();
    application.put("meetingType", type);
    application.put("meetingTitle", "全流程演练（" + type + "）");
    application.put("plannedStart", MINUTE.format(start));
    application.put("plannedEnd", MINUTE.format(start.plusHours(2)));
    String applicationId = wangli.post("/engine-rest/process-definition/key/adhocMeetingApplication/submit-form",
        variables(application)).json().get("id").asText();
    completeOk(qianjun, single(qianjun, "/engine-rest/task?processInstanceId=" + applicationId),
        Map.of("leaderDecision", "approve"));
    completeOk(zhouping, single(zhouping, "/engine-rest/task?processInstanceId=" + applicationId),
        Map.of("filingNote", "已备案"));
    long meetingId = -1;
    for (JsonNode mine : wangli.get("/api/adhoc-applications").json()) {
      if (mine.get("processInstanceId").asText().equals(applicationId)) {
        meetingId = mine.get("meetingId").asLong();
      }
    }
    assertThat(meetingId).isPositive();

    // Preparation.
    completeOk(zhouping, task(zhouping, meetingId, "settlePreparation"), Map.of("important", false));
    completeOk(zhouping, task(zhouping, meetingId, "bookVenue"), Map.of("roomCode", room, "requiredEquipment", "[]",
        "setupNotes", "会场布置完毕"));
    completeOk(zhouping, task(zhouping, meetingId, "checkEquipment"), Map.of("equipmentResponsible", "zhouping",
        "workingEquipment", "[]"));
    Map<String, Object> notice = new HashMap<>(Map.of("noticeRequirements", "请准时参会",
        "noticePreparations", "请准备发言", "lateReason", "上级临时部署，须当日召开"));
    if (type.equals("business_seminar")) {
      notice.put("seminarTheme", "数字政务建设");
      notice.put("seminarRequirements", "每人准备一条建议");
    }
    if (type.equals("experience_exchange")) {
      notice.put("exchangeTheme", "基层治理经验");
      notice.put("speakingRequirements", "每人发言不超过十分钟");
    }
    if (type.equals("symposium")) {
      notice.put("symposiumTheme", "优化营商环境");
    }
    RestClient.Response withoutReason = complete(zhouping, task(zhouping, meetingId, "draftNotice"),
        Map.of("noticeRequirements", "请准时参会", "noticePreparations", "请准备发言"));
    assertThat(withoutReason.status()).as("a late notice needs its reason (特殊情况)").isEqualTo(400);
    completeOk(zhouping, task(zhouping, meetingId, "draftNotice"), notice);
    String tracking = task(zhouping, meetingId, "trackReceipts");
    for (RestClient person : List.of(fenggang, qianjun)) {
      for (JsonNode mine : person.get("/api/my/notices").json()) {
        if (mine.get("meetingId").asLong() == meetingId) {
          person.post("/api/my/notices/" + mine.get("recipientId").asLong() + "/confirm", Map.of());
        }
      }
    }
    for (JsonNode receipt : zhouping.get("/api/meetings/" + meetingId + "/notice/receipts").json()) {
      if (receipt.get("guest").asBoolean()) {
        zhouping.post("/api/meetings/" + meetingId + "/notice/receipts/" + receipt.get("key").asText() + "/confirm",
            Map.of("method", "PHONE", "note", "已电话通知"));
      }
    }
    assertThat(complete(zhouping, tracking, Map.of()).status()).isEqualTo(204);
    List<String> kinds = switch (type) {
      case "work_deployment" -> List.of("agenda", "leader_speech", "work_report");
      case "experience_exchange" -> List.of("agenda", "exchange_materials");
      default -> List.of("agenda", "discussion_outline");
    };
    for (String kind : kinds) {
      assertThat(wangli.postFile("/api/meetings/" + meetingId + "/materials", Map.of("kind", kind), "file",
          kind + ".pdf", "application/pdf", ("%PDF-1.7\n% " + kind + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8))
          .status()).isEqualTo(201);
    }
    completeOk(wangli, task(wangli, meetingId, "prepareMaterials"), Map.of());
    completeOk(qianjun, task(qianjun, meetingId, "reviewMaterials"), Map.of("materialsDecision", "approve"));
    completeOk(wangli, task(wangli, meetingId, "draftBudget"), Map.of("venueRental", 0, "equipmentRental", 0,
        "printing", 200, "meals", 0, "accommodation", 0, "transport", 0, "other", 0, "budgetExplanation", "印刷材料",
        "estimateDifferenceReason", "只需印刷材料"));
    completeOk(qianjun, task(qianjun, meetingId, "leaderBudgetReview"), Map.of("budgetLeaderDecision", "approve"));
    completeOk(RestClient.as("wuhua", port), task(RestClient.as("wuhua", port), meetingId, "financeBudgetReview"),
        Map.of("budgetFinanceDecision", "approve"));

    // The meeting: staff named, people sign in with their own codes, the guest at the desk.
    completeOk(zhouping, task(zhouping, meetingId, "assignMeetingStaff"), Map.of("recorderName", "hanmei",
        "ushers", "zhouping", "serviceStaff", "zhouping", "venueChecked", true, "emergencyPlan", "按疏散预案撤离",
        "responsibilities", "周萍负责疏散"));
    waitForStatus(wangli, meetingId, "READY");
    for (RestClient person : List.of(fenggang, qianjun)) {
      String code = waitForCode(person, meetingId);
      assertThat(person.post("/api/sign-in", Map.of("code", code, "meetingId", meetingId)).status()).isEqualTo(200);
    }
    assertThat(wangli.post("/api/sign-in", Map.of("code", waitForCode(fenggang, meetingId))).status())
        .as("nobody signs in for another (不得代签)").isEqualTo(403);
    for (JsonNode row : zhouping.get("/api/meetings/" + meetingId + "/attendance").json().get("rows")) {
      if (row.get("guest").asBoolean()) {
        assertThat(zhouping.post("/api/meetings/" + meetingId + "/sign-in/desk",
            Map.of("attendeeId", row.get("attendeeId").asLong(), "note", "核验身份证")).status()).isEqualTo(200);
      }
    }
    endMeeting(meetingId);
    JsonNode attendance = waitForStatus(wangli, meetingId, "HELD");
    assertThat(zhouping.get("/api/meetings/" + meetingId + "/attendance").json().at("/totals/present").asInt())
        .isEqualTo(3);
    assertThat(attendance.at("/meeting/status").asText()).isEqualTo("HELD");

    // The recorder's output, reviewed by the head of 政策法规处 and approved by its leader in charge.
    Map<String, Object> draft = new HashMap<>(Map.of("startedAt", MINUTE.format(start),
        "endedAt", MINUTE.format(start.plusHours(2)), "place", "会议室", "content", "研究部署相关工作"));
    switch (type) {
      case "work_deployment" -> draft.put("resolutions", List.of(Map.of("text", "制定落实方案",
          "department", "business", "deadline", start.toLocalDate().plusMonths(1).toString())));
      case "business_seminar" -> draft.put("results", List.of(Map.of("text", "形成三条改进建议", "department", "")));
      case "experience_exchange" -> draft.put("speakers", List.of(Map.of("name", "冯刚", "unit", "政策法规处",
          "topic", "政策解读进基层")));
      default -> draft.put("opinions", List.of(Map.of("text", "简化办事材料", "raisedBy", "张三", "unit", "市财政局",
          "category", "服务保障", "department", "business")));
    }
    String recording = task(hanmei, meetingId, "recordMeeting");
    assertThat(hanmei.put("/api/meetings/" + meetingId + "/minutes/draft", draft).status()).isEqualTo(200);
    completeOk(hanmei, recording, Map.of());
    completeOk(fenggang, task(fenggang, meetingId, "headReviewMinutes"), Map.of("minutesHeadDecision", "approve",
        "minutesHeadComment", "同意"));
    completeOk(qianjun, task(qianjun, meetingId, "leaderApproveMinutes"), Map.of("minutesLeaderDecision", "approve",
        "minutesLeaderComment", "同意印发"));
    assertThat(wangli.get("/api/meetings/" + meetingId + "/minutes").status()).isEqualTo(200);
    return meetingId;
  }

  private void reimburseAndArchive(long meetingId) throws Exception {
    RestClient wangli = RestClient.as("wangli", port);
    RestClient wuhua = RestClient.as("wuhua", port);
    RestClient chenjing = RestClient.as("chenjing", port);
    RestClient zhouping = RestClient.as("zhouping", port);
    String api = "/api/meetings/" + meetingId;

    // Archived promptly once the minutes are issued (R3.4, R7.4): the resolution, passing-on and claim are still open.
    completeOk(wangli, task(wangli, meetingId, "confirmArchive"), Map.of("archiveConfirmed", true));
    waitForStatus(wangli, meetingId, "ARCHIVED");
    List<String> names = zipNames(wangli.getBytes(api + "/archive/content"));
    assertThat(names).hasSize(wangli.get(api + "/archive").json().get("entryCount").asInt()).contains("index.html")
        .anyMatch(n -> n.endsWith("/application.html")).anyMatch(n -> n.endsWith("/notice.html"))
        .anyMatch(n -> n.endsWith("/sign-in-sheet.html")).anyMatch(n -> n.endsWith("/minutes.html"));

    // The resolution for 综合业务处 is carried out and accepted; the meeting is passed on everywhere.
    completeOk(chenjing, task(chenjing, meetingId, "carryOutResolution"), Map.of("followUpReportKind", "completed",
        "followUpReportText", "落实方案已印发", "followUpEvidence", "业务〔2026〕1号"));
    completeOk(zhouping, task(zhouping, meetingId, "checkCompletion"), Map.of("followUpCompletionDecision", "accept",
        "followUpCompletionComment", "已落实"));
    // Each department concerned records its own passing-on and closes its part (R7.2).
    String today = java.time.LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    for (JsonNode department : wangli.get(api + "/passing-on").json().get("departments")) {
      String code = department.get("departmentCode").asText();
      RestClient staff = RestClient.as(MeetingDriver.DEPARTMENT_STAFF.get(code), port);
      assertThat(staff.post(api + "/passing-on", Map.of("department", code, "method", "GROUP_STUDY",
          "heldOn", today, "participants", "处室全体人员", "participantCount", 5)).status()).isEqualTo(201);
      completeOk(staff, task(staff, meetingId, "recordPassingOn&candidateGroup=staff-" + code), Map.of());
    }
    assertThat(RestClient.as("fenggang", port).get("/api/my/minutes").json().toString()).contains("全流程演练");
    String filing = task(wangli, meetingId, "fileClaim");
    RestClient.Response tooMuch = wangli.post(api + "/reimbursement/items", Map.of("line", "printing", "amount", 250,
        "description", "材料印刷"));
    long item = tooMuch.json().get("id").asLong();
    assertThat(wangli.postFile(api + "/reimbursement/items/" + item + "/invoices", Map.of(), "file", "发票.pdf",
        "application/pdf", "%PDF-1.7\n% invoice\n%%EOF\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
    assertThat(complete(wangli, filing, Map.of()).status()).as("beyond the approved 200.00").isEqualTo(400);
    assertThat(wangli.put(api + "/reimbursement/items/" + item, Map.of("line", "printing", "amount", 199.9,
        "description", "材料印刷")).status()).isEqualTo(200);
    assertThat(complete(wangli, filing, Map.of()).status()).isEqualTo(204);
    assertThat(wuhua.post(api + "/reimbursement/items/" + item + "/review", Map.of("decision", "accept")).status())
        .isEqualTo(200);
    completeOk(wuhua, task(wuhua, meetingId, "financeReviewClaim"), Map.of("claimFinanceDecision", "accept"));

    // What ended after the archive was added to it as dated supplements, each in the trail.
    JsonNode supplements = Eventually.until("three supplements of meeting " + meetingId,
        () -> wangli.get(api + "/archive").json().get("supplements"), list -> list.size() == 3);
    Map<String, Long> byKind = new HashMap<>();
    supplements.forEach(sup -> byKind.put(sup.get("kind").asText(), sup.get("id").asLong()));
    assertThat(byKind).containsOnlyKeys("FOLLOW_UP", "PASSING_ON", "REIMBURSEMENT");
    assertThat(zipNames(wangli.getBytes(api + "/archive/supplements/" + byKind.get("REIMBURSEMENT") + "/content")))
        .anyMatch(n -> n.endsWith("/claim.html")).anyMatch(n -> n.endsWith("发票.pdf"));
    assertThat(zipNames(wangli.getBytes(api + "/archive/supplements/" + byKind.get("FOLLOW_UP") + "/content")))
        .anyMatch(n -> n.contains("follow-up/"));
    assertThat(wangli.getPage("/app/meetings/" + meetingId + "/archive").body())
        .contains("补充归档：决议事项落实情况", "补充归档：会议精神传达情况", "补充归档：经费报销情况");
    assertThat(RestClient.as("shenyu", port).getPage("/app/audit/meetings/" + meetingId).body())
        .contains("补充归档", "经费报销情况");
    assertThat(RestClient.as("weilan", port).get(api + "/archive").status()).isEqualTo(403);
  }

  private static List<String> zipNames(byte[] zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }

  /** The meeting's end: the administrator runs the due sign-in timer now instead of in two hours. */
  private void endMeeting(long meetingId) {
    RestClient admin = RestClient.as("admin", port);
    String signIn = single(admin, "/engine-rest/process-instance?processDefinitionKey=meetingSignIn&businessKey="
        + URLEncoder.encode(MeetingKey.of(meetingId), StandardCharsets.UTF_8));
    String job = single(admin, "/engine-rest/job?timers=true&processInstanceId=" + signIn);
    assertThat(admin.post("/engine-rest/job/" + job + "/execute", Map.of()).status()).isEqualTo(204);
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

  private static String single(RestClient user, String query) {
    JsonNode found = user.get(query).json();
    assertThat(found).as(query).hasSize(1);
    return found.get(0).get("id").asText();
  }

  /** The open task of this step of the meeting, as the user sees it; waits for jobs that create it. */
  private static String task(RestClient user, long meetingId, String taskKey) {
    return Eventually.until("task " + taskKey + " of meeting " + meetingId + " reaches the inbox",
        () -> user.get("/engine-rest/task?processInstanceBusinessKey=" + URLEncoder.encode(MeetingKey.of(meetingId), StandardCharsets.UTF_8) + "&taskDefinitionKey=" + taskKey)
            .json(), tasks -> tasks.size() == 1).get(0).get("id").asText();
  }

  private static String waitForCode(RestClient person, long meetingId) {
    return Eventually.until("sign-in code of meeting " + meetingId,
        () -> person.get("/api/meetings/" + meetingId + "/sign-in-code"), code -> code.status() == 200)
        .json().get("code").asText();
  }

  private static JsonNode waitForStatus(RestClient user, long meetingId, String status) {
    return Eventually.until("meeting " + meetingId + " becomes " + status,
        () -> user.get("/api/meetings/" + meetingId).json(),
        detail -> detail.at("/meeting/status").asText().equals(status));
  }
}
