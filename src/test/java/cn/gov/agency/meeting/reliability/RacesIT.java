package cn.gov.agency.meeting.reliability;

import static cn.gov.agency.meeting.support.EngineRest.inbox;
import static cn.gov.agency.meeting.support.EngineRest.single;
import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.lifecycle.MeetingLifecycle;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.notice.NoticeRecipient;
import cn.gov.agency.meeting.notice.NoticeService;
import cn.gov.agency.meeting.notice.NoticeVariables;
import cn.gov.agency.meeting.reimbursement.ReimbursementVariables;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.Eventually;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleForms;
import cn.gov.agency.meeting.support.SampleMeetings;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Races on PostgreSQL over HTTP (issue #9): requests that reach the same record at the same moment.
 * Exactly one wins, the others get a clear answer (409 for a task someone else completed, 400 naming
 * the rule for a business refusal), and nothing is recorded twice. Room bookings and sign-ins with
 * one code race in venue/RoomBookingIT and signin/SignInIT.
 */
@IntegrationTest
class RacesIT {

  private static final int ROUNDS = 3;
  private static final int CONTENDERS = 5;
  private static final HardeningFigures FIGURES = new HardeningFigures("races")
      .put("tried", 0L).put("lost", 0L).put("duplicated", 0L);

  @LocalServerPort int port;
  @Autowired MeetingRows meetings;
  @Autowired MeetingLifecycle lifecycle;
  @Autowired NoticeService notices;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @AfterAll
  static void publish() {
    FIGURES.put("referenced", "venue/RoomBookingIT, signin/SignInIT").publish();
  }

  @Test
  void twoOfficeClerksFileTheSameAdhocApplicationAtOnce() throws Exception {
    RestClient wangli = RestClient.as("wangli", port);
    RestClient qianjun = RestClient.as("qianjun", port);
    for (int round = 0; round < ROUNDS; round++) {
      Map<String, Object> form = new LinkedHashMap<>(SampleForms.adhocApplication());
      form.put("plannedStart", "2044-05-0" + (round + 2) + "T09:00");
      form.put("plannedEnd", "2044-05-0" + (round + 2) + "T11:00");
      var started = wangli.post("/engine-rest/process-definition/key/adhocMeetingApplication/submit-form",
          variables(form));
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      String instanceId = started.json().get("id").asText();
      String leaderTask = single(inbox(qianjun, "分管领导审批"), instanceId).get("id").asText();
      assertThat(qianjun.post("/engine-rest/task/" + leaderTask + "/complete",
          variables(Map.of("leaderDecision", "approve"))).status()).isEqualTo(204);
      String filingTask = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

      List<RestClient.Response> answers = completeAtOnce(filingTask, Map.of("filingNote", "同意备案"),
          "zhouping", "liming");

      assertOneWinnerOthersConflict(answers);
      long applicationId = jdbc.queryForObject("select id from adhoc_application where process_instance_id = ?",
          Long.class, instanceId);
      assertOnce("adhoc_application_event FILED", jdbc.queryForObject("""
          select count(*) from adhoc_application_event where application_id = ? and action = 'FILED'""",
          Long.class, applicationId));
      assertOnce("meetings filed from the application", jdbc.queryForObject(
          "select count(*) from adhoc_application where id = ? and meeting_id is not null", Long.class, applicationId));
      assertCompletedOnceInHistory(filingTask);
    }
  }

  @Test
  void twoOfficeClerksSettleTheSameMeetingPreparationAtOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
          LocalDateTime.of(2044, 6, 2 + round, 9, 0));
      String instanceId = lifecycle.start(meeting.id());
      String settle = taskService.createTaskQuery().processInstanceId(instanceId)
          .taskDefinitionKey("settlePreparation").singleResult().getId();
      long eventsBefore = eventsOf(meeting.id());

      List<RestClient.Response> answers = completeAtOnce(settle, Map.of("important", false, "needsCatering", false,
          "needsAccommodation", false), "liming", "zhouping");

      assertOneWinnerOthersConflict(answers);
      assertCompletedOnceInHistory(settle);
      assertThat(eventsOf(meeting.id())).as("the settlement recorded something").isGreaterThan(eventsBefore);
      List<Map<String, Object>> twice = jdbc.queryForList("""
          select stage, action, count(*) as times from meeting_event where meeting_id = ?
           group by stage, action having count(*) > 1""", meeting.id());
      duplicatedIf(!twice.isEmpty());
      assertThat(twice).as("no step of the meeting recorded twice").isEmpty();
    }
  }

  @Test
  void oneAttendeeAsksForLeaveSeveralTimesAtOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
          LocalDateTime.of(2044, 7, 2 + round, 9, 0));
      RestClient fenggang = RestClient.as("fenggang", port);
      List<RestClient.Response> answers = RaceGate.together(CONTENDERS, () -> fenggang.post(
          "/api/meetings/" + meeting.id() + "/leave-requests", Map.of("reason", "赴省厅培训", "substituteUserId", "chuwei")));

      // The losers are refused as asking twice, or (having waited for the winner's lock on the
      // substitute) as naming a substitute already named: either way a 400 naming the rule.
      assertOneWinnerOthersRefused(answers, 201, "requester/not-asked", "substituteUserId/not-named-twice");
      assertOnce("leave requests", jdbc.queryForObject("select count(*) from leave_request where meeting_id = ?",
          Long.class, meeting.id()));
      assertOnce("REQUESTED events", jdbc.queryForObject("""
          select count(*) from meeting_event where meeting_id = ? and stage = 'leave' and action = 'REQUESTED'""",
          Long.class, meeting.id()));
      assertOnce("leave processes", runtimeService.createProcessInstanceQuery().processDefinitionKey("leaveRequest")
          .processInstanceBusinessKey(MeetingKey.of(meeting.id())).count());
    }
  }

  @Test
  void twoAttendeesNameTheSameSubstituteAtOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
          LocalDateTime.of(2044, 8, 2 + round, 9, 0));
      String path = "/api/meetings/" + meeting.id() + "/leave-requests";
      Map<String, Object> naming = Map.of("reason", "出差", "substituteUserId", "chuwei");
      RestClient fenggang = RestClient.as("fenggang", port);
      RestClient chenjing = RestClient.as("chenjing", port);
      List<RestClient.Response> answers = RaceGate.together(List.<Callable<RestClient.Response>>of(
          () -> fenggang.post(path, naming), () -> chenjing.post(path, naming)));

      assertOneWinnerOthersRefused(answers, 201, "substituteUserId/not-named-twice");
      assertOnce("requests naming chuwei", jdbc.queryForObject("""
          select count(*) from leave_request where meeting_id = ? and substitute_user_id = 'chuwei'""",
          Long.class, meeting.id()));
    }
  }

  @Test
  void receiptsConfirmedAtOnceAreRecordedOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
          LocalDateTime.of(2044, 9, 2 + round, 9, 0));
      sendNotice(meeting);
      long own = notices.recipientOf(meeting.id(), "fenggang").id();
      RestClient fenggang = RestClient.as("fenggang", port);
      List<RestClient.Response> confirmations = RaceGate.together(CONTENDERS,
          () -> fenggang.post("/api/my/notices/" + own + "/confirm", Map.of()));
      FIGURES.add("tried", 1);
      assertThat(confirmations).as("confirming one's own receipt is idempotent")
          .allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
      assertOnce("confirmed events", jdbc.queryForObject("""
          select count(*) from meeting_event where meeting_id = ? and stage = 'notice' and action = 'confirmed'""",
          Long.class, meeting.id()));

      NoticeRecipient guest = notices.recipients(notices.current(meeting.id()).id()).stream()
          .filter(NoticeRecipient::isGuest).findFirst().orElseThrow();
      String path = "/api/meetings/" + meeting.id() + "/notice/receipts/" + guest.key() + "/confirm";
      Map<String, Object> byPhone = Map.of("method", "PHONE", "note", "已电话通知本人");
      RestClient zhouping = RestClient.as("zhouping", port);
      RestClient liming = RestClient.as("liming", port);
      List<RestClient.Response> onBehalf = RaceGate.together(List.<Callable<RestClient.Response>>of(
          () -> zhouping.post(path, byPhone), () -> liming.post(path, byPhone)));

      assertOneWinnerOthersRefused(onBehalf, 200, "recipient/not-confirmed");
      assertOnce("confirmed-on-behalf events", jdbc.queryForObject("""
          select count(*) from meeting_event where meeting_id = ? and stage = 'notice'
             and action = 'confirmed-on-behalf'""", Long.class, meeting.id()));
    }
  }

  /**
   * R6.2 against one approved budget (printing 150.00): items are added while the claim is being
   * submitted. Either an item comes before the submission (which then counts it, and refuses a
   * claim over the budget) or after it (refused: the claim is with finance); what reaches finance
   * is exactly the items' total and never over the line's budget.
   */
  @Test
  void itemsAddedWhileTheClaimIsSubmittedNeverTakeItOverTheBudget() throws Exception {
    AsUser as = new AsUser(identityService);
    RestClient wangli = RestClient.as("wangli", port);
    for (int round = 0; round < ROUNDS; round++) {
      MeetingRecord meeting = HardeningSamples.heldMeetingWithBudget(meetings, runtimeService, taskService, as,
          LocalDateTime.of(2044, 10, 2 + round, 9, 0));
      String instanceId = runtimeService.startProcessInstanceByKey(ReimbursementVariables.PROCESS_KEY,
          MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();
      String api = "/api/meetings/" + meeting.id() + "/reimbursement";
      long first = addItem(wangli, api, "100.00");
      assertThat(wangli.postFile(api + "/items/" + first + "/invoices", Map.of(), "file", "发票.pdf",
          "application/pdf", HardeningSamples.pdf("发票")).status()).isEqualTo(201);
      String fileClaim = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

      List<Callable<RestClient.Response>> contenders = new ArrayList<>();
      contenders.add(() -> wangli.post("/engine-rest/task/" + fileClaim + "/complete", variables(Map.of())));
      for (int i = 0; i < CONTENDERS - 1; i++) {
        contenders.add(() -> wangli.post(api + "/items",
            Map.of("line", "printing", "amount", "40.00", "description", "加印材料")));
      }
      List<RestClient.Response> answers = RaceGate.together(contenders);
      FIGURES.add("tried", 1);

      RestClient.Response submission = answers.get(0);
      assertThat(submission.status()).as(submission.body()).isIn(204, 400);
      assertThat(answers.subList(1, answers.size())).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(201, 400));
      BigDecimal itemsTotal = jdbc.queryForObject("""
          select coalesce(sum(i.amount), 0) from reimbursement_item i join reimbursement_claim c on c.id = i.claim_id
           where c.meeting_id = ? and not i.removed""", BigDecimal.class, meeting.id());
      List<BigDecimal> versions = jdbc.queryForList("""
          select v.total from reimbursement_version v join reimbursement_claim c on c.id = v.claim_id
           where c.meeting_id = ?""", BigDecimal.class, meeting.id());
      if (submission.status() == 204) {
        assertThat(versions).as("one version reached finance").hasSize(1);
        boolean over = versions.get(0).compareTo(new BigDecimal("150.00")) > 0;
        boolean drifted = versions.get(0).compareTo(itemsTotal) != 0;
        duplicatedIf(over || drifted);
        assertThat(versions.get(0)).as("what reached finance is what is claimed, within the budget")
            .isEqualByComparingTo(itemsTotal).isLessThanOrEqualTo(new BigDecimal("150.00"));
      } else {
        // Refused for what the items added meanwhile broke: the budget, or (an added item has no
        // invoice yet) the invoices — whichever the claim's check met.
        String refusal = submission.json().get("message").asText();
        assertThat(versions).isEmpty();
        if (refusal.contains("超出批准预算")) {
          assertThat(itemsTotal).isGreaterThan(new BigDecimal("150.00"));
        } else {
          assertThat(refusal).contains("尚未上传发票");
          assertThat(itemsTotal).isGreaterThan(new BigDecimal("100.00"));
        }
      }
      long added = answers.subList(1, answers.size()).stream().filter(a -> a.status() == 201).count();
      assertThat(itemsTotal).isEqualByComparingTo(new BigDecimal("100.00").add(new BigDecimal("40.00")
          .multiply(BigDecimal.valueOf(added))));
    }
  }

  private static long addItem(RestClient user, String api, String amount) {
    var created = user.post(api + "/items", Map.of("line", "printing", "amount", amount, "description", "会议材料印刷"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private void sendNotice(MeetingRecord meeting) {
    RestClient zhouping = RestClient.as("zhouping", port);
    String instanceId = runtimeService.startProcessInstanceByKey(NoticeVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();
    String draft = single(inbox(zhouping, "办公室待办"), instanceId).get("id").asText();
    assertThat(zhouping.post("/engine-rest/task/" + draft + "/complete", variables(Map.of(
        NoticeVariables.REQUIREMENTS, "请提前十分钟到场签到", NoticeVariables.PREPARATIONS, "请准备任务分解表")))
        .status()).isEqualTo(204);
    Eventually.until("the notice is sent by the job executor",
        () -> taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("trackReceipts").count(),
        count -> count == 1);
  }

  /** Each user completes the task through the engine's REST API, all at the same moment. */
  private List<RestClient.Response> completeAtOnce(String taskId, Map<String, Object> values, String... users)
      throws Exception {
    List<Callable<RestClient.Response>> contenders = new ArrayList<>();
    for (String user : users) {
      RestClient client = RestClient.as(user, port);
      contenders.add(() -> client.post("/engine-rest/task/" + taskId + "/complete", variables(values)));
    }
    return RaceGate.together(contenders);
  }

  private void assertOneWinnerOthersConflict(List<RestClient.Response> answers) {
    FIGURES.add("tried", 1);
    long won = answers.stream().filter(a -> a.status() == 204).count();
    lostOrDuplicated(won);
    assertThat(won).as("winners among %s", answers).isOne();
    assertThat(answers).filteredOn(a -> a.status() != 204).allSatisfy(a -> {
      assertThat(a.status()).as(a.body()).isEqualTo(409);
      assertThat(a.json().get("message").asText()).contains("任务已被他人办理");
    });
  }

  /** One answer {@code success}, every other a 400 whose first violation is one of {@code fieldRules} ("field/rule"). */
  private void assertOneWinnerOthersRefused(List<RestClient.Response> answers, int success, String... fieldRules) {
    FIGURES.add("tried", 1);
    long won = answers.stream().filter(a -> a.status() == success).count();
    lostOrDuplicated(won);
    assertThat(won).as("winners among %s", answers).isOne();
    assertThat(answers).filteredOn(a -> a.status() != success).allSatisfy(a -> {
      assertThat(a.status()).as(a.body()).isEqualTo(400);
      JsonNode first = a.json().get("violations").get(0);
      assertThat(first.get("field").asText() + "/" + first.get("rule").asText()).isIn((Object[]) fieldRules);
    });
  }

  private void assertCompletedOnceInHistory(String taskId) {
    assertOnce("completions of task " + taskId + " in history", jdbc.queryForObject(
        "select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null", Long.class, taskId));
    assertOnce("Complete operations on task " + taskId, jdbc.queryForObject(
        "select count(*) from act_hi_op_log where task_id_ = ? and operation_type_ = 'Complete'", Long.class, taskId));
  }

  private static void assertOnce(String what, long count) {
    lostOrDuplicated(count);
    assertThat(count).as(what).isOne();
  }

  private static void lostOrDuplicated(long count) {
    if (count == 0) {
      FIGURES.add("lost", 1);
    }
    duplicatedIf(count > 1);
  }

  private static void duplicatedIf(boolean duplicated) {
    FIGURES.add("duplicated", duplicated ? 1 : 0);
  }

  private long eventsOf(long meetingId) {
    return jdbc.queryForObject("select count(*) from meeting_event where meeting_id = ?", Long.class, meetingId);
  }
}
