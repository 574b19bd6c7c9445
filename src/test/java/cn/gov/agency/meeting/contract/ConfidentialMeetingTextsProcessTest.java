package cn.gov.agency.meeting.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.adhoc.AdhocApplicationService;
import cn.gov.agency.meeting.budget.BudgetAdjustments;
import cn.gov.agency.meeting.materials.MaterialsService;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.minutes.MinutesService;
import cn.gov.agency.meeting.notice.ConfirmationMethod;
import cn.gov.agency.meeting.notice.NoticeRecipient;
import cn.gov.agency.meeting.notice.NoticeService;
import cn.gov.agency.meeting.passon.PassOnService;
import cn.gov.agency.meeting.reimbursement.ReimbursementService;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.support.AdhocSteps;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.EngineTexts;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.Pages;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.ProjectTexts;
import cn.gov.agency.meeting.support.SampleForms;
import cn.gov.agency.meeting.venue.Room;
import cn.gov.agency.meeting.venue.VenueService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 17, item 2: a confidential meeting driven from its application to its archive as the demo
 * users, through the input contract, with every text typed into a form (and the numbers that tell its
 * size) a marker. None reaches the engine — its variables, their history, the history of submitted
 * forms — while each is in the project's tables and on the page its form links to, for those entitled,
 * and on none for an outsider. The title stays a variable by design (it names the tasks; what an
 * outsider sees of it is the rule for outsiders, not this test's).
 */
@ProcessTest
class ConfidentialMeetingTextsProcessTest {

  private static final ZoneId AGENCY = ZoneId.of("Asia/Shanghai");
  /** 科技信息处's head: neither host, participant, staff, office, finance nor auditor of the meeting. */
  private static final String OUTSIDER = "jiangtao";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired AdhocApplicationService applications;
  @Autowired VenueService venue;
  @Autowired NoticeService notices;
  @Autowired MaterialsService materials;
  @Autowired MinutesService minutes;
  @Autowired PassOnService passOns;
  @Autowired ReimbursementService claims;
  @Autowired BudgetAdjustments adjustments;
  @Autowired JdbcTemplate jdbc;
  @Autowired WebApplicationContext context;

  private final Map<String, String> kept = new LinkedHashMap<>();
  private final Set<String> superseded = new LinkedHashSet<>();
  private AsUser as;
  private AdhocSteps adhoc;
  private Pages pages;
  private MeetingDriver driver;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
    adhoc = new AdhocSteps(engine);
    pages = new Pages(context);
    driver = new MeetingDriver(context);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyTypedTextOfAConfidentialMeetingIsInItsRecordsAndPagesAndNoneInTheEngine() {
    // Soon, so that it is held today and can be passed on today (as AuditTrailTest's meeting: not in the
    // last ten minutes of the agency's day).
    LocalDateTime start = LocalDateTime.now(AGENCY).plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
    long applicationId = applyReviseApproveAndFile(start);
    MeetingRecord meeting = meetings.find(applications.find(applicationId).meetingId()).orElseThrow();
    ProcessInstance lifecycle = runtimeService.createProcessInstanceQuery().processDefinitionKey("meetingLifecycle")
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult();

    settleAsConfidential(meeting);
    assertThat(meetings.find(meeting.id()).orElseThrow().confidential()).isTrue();
    bookTheVenue(meeting, start);
    sendTheNotice(meeting);
    prepareTheMaterials(meeting);
    approveTheBudget(meeting);
    arrangeCateringAndAccommodation(meeting, start);
    driver.complete(meeting, "assignMeetingStaff", "zhouping", staffing());
    takeLeave(meeting);
    driver.closeSignIn(meeting);
    approveTheMinutes(meeting);
    runJobs(driver.instanceOf(meeting, "minutesDistribution"));
    String followUpPage = followTheResolutionUp(meeting);
    passTheMeetingOn(meeting);
    reimburseAndArchive(meeting);
    assertThat(lifecycle).isEnded();

    List<String> inTheEngine = new ArrayList<>();
    EngineTexts engineTexts = new EngineTexts(jdbc);
    kept.values().forEach(marker -> inTheEngine.addAll(engineTexts.holding(marker)));
    superseded.forEach(marker -> inTheEngine.addAll(engineTexts.holding(marker)));
    for (double number : List.of(8765.43, 321.09, 12.34, 23.45, 46.37, 357.0)) {
      inTheEngine.addAll(engineTexts.holdingNumber(number));
    }
    assertThat(inTheEngine).as("typed texts and numbers in ACT_RU_VARIABLE, ACT_HI_VARINST, ACT_HI_DETAIL").isEmpty();

    ProjectTexts projectTexts = new ProjectTexts(jdbc);
    assertThat(kept).allSatisfy((what, marker) ->
        assertThat(projectTexts.holding(marker)).as("%s in the project's tables", what).isNotEmpty());

    String app = "/app/meetings/" + meeting.id();
    Map<String, List<String>> shown = new LinkedHashMap<>();
    shown.put("/app/adhoc-applications/" + applicationId + " qianjun", List.of("必要性", "修改后的会议内容", "地点",
        "嘉宾单位", "退回意见", "同意意见", "备案说明"));
    shown.put(app + "/notice zhouping", List.of("参会要求", "准备事项"));
    shown.put(app + "/materials qianjun", List.of("材料说明一", "材料退回意见", "材料说明二", "材料审核意见"));
    shown.put(app + "/budget wuhua", List.of("其他说明二", "编制说明一", "编制说明二", "预算退回意见", "预算同意意见",
        "财务同意意见", "调整理由", "差异说明二"));
    shown.put(app + "/catering zhouping", List.of("菜单", "用餐协议"));
    shown.put(app + "/leave-requests fenggang", List.of("请假事由", "请假审批意见"));
    shown.put(app + "/minutes fenggang", List.of("纪要内容", "决议事项", "纪要退回意见"));
    shown.put(followUpPage + " zhouping", List.of("进展报告", "质量评价", "效果评价", "督促意见", "整改情况",
        "办结报告一", "办结佐证一", "办结退回意见", "办结报告二", "办结佐证二"));
    shown.put(app + "/reimbursement wangli", List.of("报销明细二", "报销退回理由", "报销退回意见", "报销通过意见"));
    shown.forEach((pageAndUser, labels) -> {
      String[] split = pageAndUser.split(" ");
      Pages.Page page = pages.get(split[0], split[1]);
      assertThat(page.status()).as(pageAndUser).isEqualTo(200);
      labels.forEach(label -> assertThat(page.body()).as(pageAndUser + " shows " + label).contains(kept.get(label)));
      Pages.Page outsider = pages.get(split[0], OUTSIDER);
      assertThat(outsider.status()).as(split[0] + " for an outsider").isIn(403, 404);
      labels.forEach(label -> assertThat(outsider.body()).doesNotContain(kept.get(label)));
    });
  }

  private long applyReviseApproveAndFile(LocalDateTime start) {
    Map<String, Object> form = SampleForms.adhocApplication();
    form.put("plannedStart", start.toString());
    form.put("plannedEnd", start.plusHours(2).toString());
    form.put("necessity", mark("必要性"));
    form.put("content", replaced("会议内容"));
    form.put("place", mark("地点"));
    form.put("participants", String.join("、", MeetingDriver.PEOPLE));
    form.put("externalGuests", "张三，" + mark("嘉宾单位"));
    form.put("budgetEstimate", 8765.43);
    ProcessInstance application = adhoc.apply("wangli", form);
    adhoc.decide(application, "qianjun", "return", mark("退回意见"));

    long applicationId = applications.ofProcess(application.getId()).id();
    Map<String, String> revised = new HashMap<>();
    form.forEach((name, value) -> revised.put(name, String.valueOf(value)));
    revised.put("content", mark("修改后的会议内容"));
    assertThat(pages.post("/app/adhoc-applications/" + applicationId, "wangli", revised).status()).isEqualTo(302);
    adhoc.complete(application, "wangli", Map.of("applicantAction", "resubmit"));
    adhoc.decide(application, "qianjun", "approve", mark("同意意见"));
    adhoc.complete(application, "zhouping", Map.of("filingNote", mark("备案说明")));
    assertThat(application).isEnded();
    return applicationId;
  }

  private void settleAsConfidential(MeetingRecord meeting) {
    driver.complete(meeting, "settlePreparation", "zhouping", Map.of("important", false, "needsCatering", true,
        "needsAccommodation", true, "confidential", true, "preparationNote", mark("筹备说明")));
  }

  /** 七楼贵宾接待室 needs the office's approval: refused with a reason, then a free room is booked. */
  private void bookTheVenue(MeetingRecord meeting, LocalDateTime start) {
    driver.complete(meeting, "bookVenue", "zhouping", Map.of("roomCode", "R701", "requiredEquipment", "[]",
        "setupNotes", replaced("场地说明一")));
    driver.complete(meeting, "approveRoomBooking", "liming", Map.of("roomApproval", "refuse",
        "roomApprovalComment", mark("会议室不予批准理由")));
    String room = venue.freeRooms(start, start.plusHours(2), 5, List.of("projector")).stream().map(Room::code)
        .filter(code -> !code.equals("R701")).findFirst().orElseThrow();
    driver.complete(meeting, "bookVenue", "zhouping", Map.of("roomCode", room, "requiredEquipment", "[\"projector\"]",
        "setupNotes", mark("场地说明二")));
    driver.openEquipmentCheck(meeting);
    driver.complete(meeting, "checkEquipment", "liming", Map.of("equipmentResponsible", "zhouping",
        "workingEquipment", "[\"projector\"]", "equipmentRemarks", mark("设备检查备注")));
  }

  /** The meeting is soon: the notice is late and says why. */
  private void sendTheNotice(MeetingRecord meeting) {
    driver.complete(meeting, "draftNotice", "zhouping", Map.of("noticeRequirements", mark("参会要求"),
        "noticePreparations", mark("准备事项"), "lateReason", mark("逾期原因")));
    runJobs(driver.instanceOf(meeting, "meetingNotice"));
    for (String person : MeetingDriver.PEOPLE) {
      as.run(person, () -> notices.confirmOwn(notices.recipientOf(meeting.id(), person), person,
          ConfirmationMethod.IN_APP));
    }
    NoticeRecipient guest = notices.recipients(notices.current(meeting.id()).id()).stream()
        .filter(NoticeRecipient::isGuest).findFirst().orElseThrow();
    notices.confirmOnBehalf(meeting.id(), guest.key(), "PHONE", "已电话通知本人", "zhouping");
    driver.complete(meeting, "trackReceipts", "zhouping", Map.of());
  }

  private void prepareTheMaterials(MeetingRecord meeting) {
    for (String kind : List.of("agenda", "leader_speech", "work_report")) {
      materials.upload(meeting.id(), kind, kind + ".txt", ("材料：" + kind).getBytes(StandardCharsets.UTF_8), "wangli");
    }
    driver.complete(meeting, "prepareMaterials", "wangli", Map.of("materialsNote", mark("材料说明一")));
    driver.complete(meeting, "reviewMaterials", "qianjun", Map.of("materialsDecision", "return",
        "materialsComment", mark("材料退回意见")));
    driver.complete(meeting, "prepareMaterials", "wangli", Map.of("materialsNote", mark("材料说明二")));
    driver.complete(meeting, "reviewMaterials", "qianjun", Map.of("materialsDecision", "approve",
        "materialsComment", mark("材料审核意见")));
  }

  private void approveTheBudget(MeetingRecord meeting) {
    Map<String, Object> first = budget(12.34, replaced("其他说明一"), mark("编制说明一"));
    first.put("estimateDifferenceReason", replaced("差异说明一"));
    driver.complete(meeting, "draftBudget", "wangli", first);
    driver.complete(meeting, "leaderBudgetReview", "qianjun", Map.of("budgetLeaderDecision", "return",
        "budgetLeaderComment", mark("预算退回意见")));
    Map<String, Object> revised = budget(23.45, mark("其他说明二"), mark("编制说明二"));
    revised.put("estimateDifferenceReason", mark("差异说明二"));
    driver.complete(meeting, "reviseBudget", "wangli", revised);
    driver.complete(meeting, "leaderBudgetReview", "qianjun", Map.of("budgetLeaderDecision", "approve",
        "budgetLeaderComment", mark("预算同意意见")));
    driver.complete(meeting, "financeBudgetReview", "wuhua", Map.of("budgetFinanceDecision", "approve",
        "budgetFinanceComment", mark("财务同意意见")));
  }

  private static Map<String, Object> budget(double other, String otherDescription, String explanation) {
    Map<String, Object> form = new HashMap<>();
    form.put("venueRental", 0);
    form.put("equipmentRental", 0);
    form.put("printing", 321.09);
    form.put("meals", 357);
    // Catering and accommodation are held to their lines (R6.1).
    form.put("accommodation", 6000);
    form.put("transport", 0);
    form.put("other", other);
    form.put("otherDescription", otherDescription);
    form.put("budgetExplanation", explanation);
    return form;
  }

  private void arrangeCateringAndAccommodation(MeetingRecord meeting, LocalDateTime start) {
    driver.complete(meeting, "arrangeCatering", "zhouping", Map.of("caterer", "canteen", "cateringStandard", 46.37,
        "menu", mark("菜单"), "cateringHeadCount", 5, "mealCount", 1, "cateringAgreement", mark("用餐协议"),
        "cateringResponsible", "zhouping"));
    driver.complete(meeting, "arrangeAccommodation", "zhouping", Map.of("hotel", "guesthouse", "roomStandard", 350,
        "checkIn", start.minusDays(1).withHour(15).withMinute(0).toString(),
        "checkOut", start.plusDays(1).withHour(12).withMinute(0).toString(), "excludedParticipants", "钱军",
        "accommodationResponsible", "zhouping"));
  }

  private Map<String, Object> staffing() {
    Map<String, Object> staffing = new HashMap<>();
    staffing.put("recorderName", "hanmei");
    staffing.put("ushers", "周萍");
    staffing.put("serviceStaff", "zhouping");
    staffing.put("signInStaff", "zhouping");
    staffing.put("venueChecked", true);
    staffing.put("emergencyPlan", mark("应急预案"));
    staffing.put("responsibilities", mark("应急分工"));
    return staffing;
  }

  /** 陈静 asks for leave on her page and names 褚伟; the host department approves. */
  private void takeLeave(MeetingRecord meeting) {
    assertThat(pages.post("/app/my/meetings/" + meeting.id() + "/leave-requests", "chenjing",
        Map.of("reason", mark("请假事由"), "substituteUserId", "chuwei")).status()).isEqualTo(302);
    driver.complete(meeting, "decideLeave", "fenggang", Map.of("leaveDecision", "approve",
        "leaveComment", mark("请假审批意见")));
    runJobs(runtimeService.createProcessInstanceQuery().processDefinitionKey("leaveRequest")
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult().getId());
  }

  private void approveTheMinutes(MeetingRecord meeting) {
    Map<String, Object> draft = new HashMap<>();
    draft.put("startedAt", meeting.plannedStart().toString());
    draft.put("endedAt", meeting.plannedEnd().toString());
    draft.put("place", "会议室");
    draft.put("content", mark("纪要内容"));
    draft.put("resolutions", List.of(Map.of("text", mark("决议事项"), "department", "policy",
        "deadline", LocalDate.now(AGENCY).plusMonths(1).toString())));
    as.run("hanmei", () -> minutes.saveDraft(meeting.id(), draft, "hanmei"));
    driver.complete(meeting, "recordMeeting", "hanmei", Map.of());
    driver.complete(meeting, "headReviewMinutes", "fenggang", Map.of("minutesHeadDecision", "return",
        "minutesHeadComment", mark("纪要退回意见")));
    as.run("hanmei", () -> minutes.saveDraft(meeting.id(), draft, "hanmei"));
    driver.complete(meeting, "recordMeeting", "hanmei", Map.of());
    driver.complete(meeting, "headReviewMinutes", "fenggang", Map.of("minutesHeadDecision", "approve",
        "minutesHeadComment", mark("纪要审核意见")));
    driver.complete(meeting, "leaderApproveMinutes", "qianjun", Map.of("minutesLeaderDecision", "approve",
        "minutesLeaderComment", mark("纪要审定意见")));
  }

  /**
   * 决议督办 through every form: a progress report, the office's periodic check, the deadline passing
   * (urged, rectified), a completion returned and a completion accepted. Returns the resolution's page.
   */
  private String followTheResolutionUp(MeetingRecord meeting) {
    String followUp = driver.instanceOf(meeting, "resolutionFollowUp");
    driver.complete(meeting, "carryOutResolution", "wangli", Map.of("followUpReportKind", "progress",
        "followUpProgress", 40, "followUpReportText", mark("进展报告")));
    executeTimer(followUp, "periodicCheckDue");
    driver.complete(meeting, "officeCheck", "zhouping", Map.of("checkProgress", "lagging",
        "checkQuality", mark("质量评价"), "checkEffect", mark("效果评价")));
    ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.now(AGENCY).plusMonths(1).plusDays(2).atStartOfDay(AGENCY)
        .toInstant()));
    executeTimer(followUp, "deadlinePassed");
    driver.complete(meeting, "urgeRectification", "zhouping", Map.of("urgeDecision", "urge",
        "urgeComment", mark("督促意见")));
    driver.complete(meeting, "rectify", "wangli", Map.of("rectificationProgress", 80,
        "rectificationText", mark("整改情况")));
    ClockUtil.reset();
    driver.complete(meeting, "carryOutResolution", "wangli", Map.of("followUpReportKind", "completed",
        "followUpReportText", mark("办结报告一"), "followUpEvidence", mark("办结佐证一")));
    driver.complete(meeting, "checkCompletion", "zhouping", Map.of("followUpCompletionDecision", "return",
        "followUpCompletionComment", mark("办结退回意见")));
    driver.complete(meeting, "carryOutResolution", "wangli", Map.of("followUpReportKind", "completed",
        "followUpReportText", mark("办结报告二"), "followUpEvidence", mark("办结佐证二")));
    driver.complete(meeting, "checkCompletion", "zhouping", Map.of("followUpCompletionDecision", "accept",
        "followUpCompletionComment", mark("办结审核意见")));
    String url = String.valueOf(historyService.createHistoricVariableInstanceQuery().processInstanceId(followUp)
        .variableName("followUpPageUrl").singleResult().getValue());
    return url.substring(url.indexOf("/app/"));
  }

  /** Each department concerned records its own passing-on (R7.2), as MeetingDriver does. */
  private void passTheMeetingOn(MeetingRecord meeting) {
    driver.passOn(meeting);
  }

  /** A 预算调整 first (its reviewers' comments too), then a claim item returned once and accepted. */
  private void reimburseAndArchive(MeetingRecord meeting) {
    Map<String, Object> adjustment = new HashMap<>(budget(23.45, kept.get("其他说明二"), kept.get("编制说明二")));
    adjustment.put("meals", 400);
    adjustment.put("adjustmentReason", mark("调整理由"));
    as.run("wangli", () -> adjustments.request(meeting.id(), adjustment,
        new CurrentUser("wangli", List.of("staff-policy", "attendee"))));
    String adjustmentProcess = runtimeService.createProcessInstanceQuery().processDefinitionKey("budgetAdjustment")
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult().getId();
    driver.complete(meeting, "leaderAdjustmentReview", "qianjun", Map.of("budgetLeaderDecision", "approve",
        "budgetLeaderComment", mark("调整同意意见")));
    driver.complete(meeting, "financeAdjustmentReview", "wuhua", Map.of("budgetFinanceDecision", "approve",
        "budgetFinanceComment", mark("调整批准意见")));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(adjustmentProcess).count()).isZero();

    var item = as.call("wangli", () -> claims.addItem(meeting.id(),
        Map.of("line", "printing", "amount", 100.5, "description", replaced("报销明细一")), "wangli"));
    as.run("wangli", () -> claims.uploadInvoice(meeting.id(), item.id(), "印刷费发票.pdf",
        "%PDF-1.7\n% 发票\n%%EOF\n".getBytes(StandardCharsets.UTF_8), "wangli"));
    driver.complete(meeting, "fileClaim", "wangli", Map.of());
    as.run("wuhua", () -> claims.reviewItem(meeting.id(), item.id(), Map.of("decision", "return",
        "reason", mark("报销退回理由")), "wuhua"));
    driver.complete(meeting, "financeReviewClaim", "wuhua", Map.of("claimFinanceDecision", "return",
        "claimFinanceComment", mark("报销退回意见")));
    as.run("wangli", () -> claims.updateItem(meeting.id(), item.id(), Map.of("line", "printing", "amount", 100.5,
        "description", mark("报销明细二")), "wangli"));
    driver.complete(meeting, "reviseClaim", "wangli", Map.of());
    as.run("wuhua", () -> claims.reviewItem(meeting.id(), item.id(), Map.of("decision", "accept"), "wuhua"));
    driver.complete(meeting, "financeReviewClaim", "wuhua", Map.of("claimFinanceDecision", "accept",
        "claimFinanceComment", mark("报销通过意见")));
    driver.complete(meeting, "confirmArchive", "wangli", Map.of("archiveConfirmed", true));
  }

  private void runJobs(String processInstanceId) {
    for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
      managementService.executeJob(job.getId());
    }
  }

  private void executeTimer(String processInstanceId, String activityId) {
    Job timer = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
        .singleResult();
    managementService.executeJob(timer.getId());
  }

  /** A text typed once and kept: it must be in the project's tables. */
  private String mark(String what) {
    String marker = "〔" + what + "·" + UUID.randomUUID().toString().substring(0, 8) + "〕";
    kept.put(what, marker);
    return marker;
  }

  /** A text typed and later replaced by the person (a revision): only its absence from the engine is checked. */
  private String replaced(String what) {
    String marker = "〔" + what + "·" + UUID.randomUUID().toString().substring(0, 8) + "〕";
    superseded.add(marker);
    return marker;
  }
}
