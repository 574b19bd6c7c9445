package cn.gov.agency.meeting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.adhoc.AdhocVariables;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleForms;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.web.PageFormats;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.view.freemarker.FreeMarkerConfigurer;

/** 审计: one meeting's whole trail, from engine history and the project's records, in order and after the end. */
@ProcessTest
class AuditTrailTest {

  @Autowired ApplicationContext context;
  @Autowired MeetingRows meetings;
  @Autowired AuditTrail trail;
  @Autowired AuditController controller;
  @Autowired JdbcTemplate jdbc;
  @Autowired FreeMarkerConfigurer freeMarker;
  @Autowired HistoryService history;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngine engine;

  private static final String PROBE = "auditTrailProbe";
  private AsUser as;

  @BeforeEach
  void setUp() {
    // The assertions must read this context's engine, not the one of a test context started later.
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
  }

  @Test
  void aMeetingFromItsApplicationToArchiveLeavesEveryKindOfStepInOrderWithItsActor() {
    MeetingDriver driver = new MeetingDriver(context);
    MeetingRecord meeting = applyApproveAndFile(startingSoonToday());
    long statementsWhenFiled = engineStatements(meeting.id());
    ProcessInstance lifecycle = runtime.createProcessInstanceQuery().processDefinitionKey("meetingLifecycle")
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult();
    driver.complete(meeting, "settlePreparation", "zhouping",
        Map.of("important", false, "needsCatering", false, "needsAccommodation", false));
    String bookVenue = driver.openTasks(meeting).get("bookVenue").getId();
    as.run("zhouping", () -> taskService.claim(bookVenue, "zhouping"));
    String probeDeployment = failAndRetryAJobOf(meeting);
    // R301: a room no other test books near today, so the shared test engine never sees two bookings at once.
    driver.prepare(meeting, "R301");
    MeetingRecord booked = meetings.find(meeting.id()).orElseThrow();
    driver.assignStaff(booked);
    driver.closeSignIn(booked);
    driver.approveMinutes(booked, "business", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(1).toString());
    driver.distributeFollowUpAndPassOn(booked);
    driver.reimburseAndArchive(booked);
    assertThat(lifecycle).isEnded();
    // 会前提醒 waits for the meeting's start to follow a later move; 议题征集 closes at its own deadline (R2);
    // 通报送达's sending jobs run on the job executor, which process tests leave off.
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(MeetingKey.of(meeting.id()))
        .unfinished().list()).extracting(HistoricProcessInstance::getProcessDefinitionKey)
        .as("every process of the meeting has ended but those that end on a date").isSubsetOf("meetingReminders",
            "meetingAgenda", "bulletinDelivery");

    List<TrailEntry> entries = trail.of(meeting.id());
    // Issue #8: one statement per history table, however many processes and tasks the meeting has had.
    assertThat(engineStatements(meeting.id())).isEqualTo(statementsWhenFiled).isLessThanOrEqualTo(10);

    assertThat(entries).extracting(TrailEntry::at).isSorted();
    assertThat(entries).extracting(TrailEntry::kind).contains(TrailKind.PROCESS_STARTED, TrailKind.TASK_CREATED,
        TrailKind.TASK_COMPLETED, TrailKind.RECORD_EVENT, TrailKind.RECORD_CHANGED, TrailKind.PROCESS_ENDED);
    assertThat(entries).filteredOn(e -> e.kind() == TrailKind.PROCESS_STARTED).extracting(TrailEntry::processKey)
        .contains("meetingLifecycle", "meetingPreparation", "meetingVenue", "meetingNotice", "meetingMaterials",
            "meetingBudget", "meetingExecution", "meetingSignIn", "meetingMinutes", "meetingAftercare",
            "meetingReimbursement");
    // The first step is the application being filed in, the last one the lifecycle ending.
    assertThat(entries.get(0).processKey()).isEqualTo("adhocMeetingApplication");
    assertThat(entries.get(0).kind()).isEqualTo(TrailKind.PROCESS_STARTED);
    assertThat(entries.get(0).actorUserId()).isEqualTo("wangli");
    assertThat(completed(entries, "leaderApproval").actorUserId()).isEqualTo("qianjun");
    // as the form showed it: its label and the option picked, never the variable
    assertThat(completed(entries, "leaderApproval").detail()).contains("审批结果：同意").doesNotContain("leaderDecision")
        .endsWith("意见：同意，请办公室备案");
    assertThat(completed(entries, "officeFiling").actorUserId()).isEqualTo("zhouping");
    assertThat(entries.indexOf(completed(entries, "officeFiling")))
        .isLessThan(entries.indexOf(entries.stream().filter(e -> e.kind() == TrailKind.PROCESS_STARTED
            && "meetingLifecycle".equals(e.processKey())).findFirst().orElseThrow()));
    TrailEntry last = entries.stream().filter(e -> e.kind() == TrailKind.PROCESS_ENDED
        && "meetingLifecycle".equals(e.processKey())).findFirst().orElseThrow();
    assertThat(entries.stream().filter(e -> e.kind() != TrailKind.RECORD_EVENT && e.kind() != TrailKind.PROCESS_ENDED))
        .allSatisfy(e -> assertThat(e.at()).isBeforeOrEqualTo(last.at()));

    TrailEntry settled = completed(entries, "settlePreparation");
    assertThat(settled.actorUserId()).isEqualTo("zhouping");
    assertThat(settled.actorName()).isEqualTo("周萍");
    assertThat(settled.role()).isEqualTo("办公室");
    assertThat(settled.detail()).contains("重要会议（多渠道通知）：否", "需要安排会议用餐：否").doesNotContain("=");
    TrailEntry created = entries.stream().filter(e -> e.kind() == TrailKind.TASK_CREATED
        && "settlePreparation".equals(e.activityKey())).findFirst().orElseThrow();
    assertThat(entries.indexOf(created)).isLessThan(entries.indexOf(settled));
    assertThat(completed(entries, "financeReviewClaim").actorUserId()).isEqualTo("wuhua");
    assertThat(completed(entries, "confirmArchive").actorUserId()).isEqualTo("wangli");
    assertThat(completed(entries, "confirmArchive").detail()).contains("已核对，会议资料齐全，同意归档：是");

    assertThat(entries).filteredOn(e -> e.kind() == TrailKind.RECORD_EVENT).extracting(TrailEntry::activityName)
        .contains("确定筹备事项", "财务批准预算", "会议资料归档");
    // Every changed field of the project's records, captured by the database whoever wrote it.
    assertThat(entries).filteredOn(e -> e.kind() == TrailKind.RECORD_CHANGED && "place".equals(e.activityKey()))
        .singleElement().satisfies(e -> {
          assertThat(e.processName()).isEqualTo("会议记录");
          assertThat(e.activityName()).isEqualTo("地点");
          assertThat(e.detail()).isEqualTo("待定 → " + booked.place());
          assertThat(e.actorName()).isEqualTo("周萍");
        });
    assertThat(entries).filteredOn(e -> e.kind() == TrailKind.RECORD_CHANGED && "status".equals(e.activityKey())
            && "meeting".equals(e.processKey())).extracting(TrailEntry::detail)
        .containsSubsequence("已批准 → 筹备中", "筹备中 → 筹备就绪", "筹备就绪 → 已召开", "已召开 → 已归档");
    assertThat(entries).filteredOn(e -> e.kind() == TrailKind.RECORD_CHANGED
            && "reimbursement_item".equals(e.processKey()) && "wuhua".equals(e.actorUserId())).isNotEmpty();
    assertThat(entries).filteredOn(e -> e.kind() == TrailKind.RECORD_CHANGED
            && "notice_recipient".equals(e.processKey()) && "confirmed_at".equals(e.activityKey())).isNotEmpty();

    TrailEntry claimed = entries.stream().filter(e -> e.kind() == TrailKind.TASK_CLAIMED
        && "bookVenue".equals(e.activityKey())).findFirst().orElseThrow();
    assertThat(claimed.actorUserId()).isEqualTo("zhouping");
    assertThat(entries.indexOf(claimed)).isLessThan(entries.indexOf(completed(entries, "bookVenue")));
    // What the office typed (the room, the setup notes) is the booking's, a step of the record; what it
    // picked (the equipment) stays with the task.
    assertThat(completed(entries, "bookVenue").detail()).contains("所需设备：投影仪").doesNotContain("roomCode",
        "setupNotes", "projector");
    assertThat(entries).filteredOn(e -> e.kind() == TrailKind.RECORD_EVENT && e.detail() != null
        && e.detail().contains("R301")).isNotEmpty();

    // A failing job: each failure, the incident when tries ran out, and its resolution after the retry.
    List<TrailEntry> probe = entries.stream().filter(e -> PROBE.equals(e.processKey())).toList();
    assertThat(probe).extracting(TrailEntry::kind).containsSubsequence(TrailKind.PROCESS_STARTED,
        TrailKind.JOB_FAILED, TrailKind.JOB_FAILED, TrailKind.INCIDENT_OPENED,
        TrailKind.INCIDENT_RESOLVED, TrailKind.PROCESS_ENDED);
    assertThat(probe).filteredOn(e -> e.kind() == TrailKind.INCIDENT_OPENED).singleElement()
        .satisfies(e -> assertThat(e.activityKey()).isEqualTo("probeTask"));
    assertThat(probe).filteredOn(e -> e.kind() == TrailKind.JOB_FAILED).first()
        .satisfies(e -> assertThat(e.detail()).contains("ok"));
    // What the auditor reads through the web layer is the same trail, also as CSV for Excel.
    CurrentUser auditor = new CurrentUser("shenyu", List.of("auditor", "attendee"));
    assertThat(controller.trail(meeting.id(), auditor)).isEqualTo(entries);
    String csv = new String(controller.csv(meeting.id(), auditor).getBody(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF时间,会议编号").contains("确定筹备事项", "周萍");
    // a record per line ending in CRLF; a quoted cell may hold line breaks of its own (staff duties)
    assertThat(csv.split("\r\n")).hasSize(entries.size() + 1);

    assertThat(trail.search(new TrailQuery(String.valueOf(meeting.id()), null, "wuhua", null, null, null)).meetings())
        .singleElement().satisfies(m -> assertThat(m.entries()).isNotEmpty()
            .allSatisfy(e -> assertThat(e.actorUserId()).isEqualTo("wuhua")));
    assertThat(trail.search(new TrailQuery(String.valueOf(meeting.id()), null, null, null, null, "confirmArchive")).meetings())
        .singleElement().satisfies(m -> assertThat(m.entries()).extracting(TrailEntry::kind)
            .containsExactly(TrailKind.TASK_CREATED, TrailKind.TASK_COMPLETED));
    assertThat(trail.search(new TrailQuery(String.valueOf(meeting.id()), null, null,
        LocalDate.now().plusYears(1), null, null)).meetings()).isEmpty();
    // Not one of the application's processes: it leaves the shared engine as it found it.
    repository.deleteDeployment(probeDeployment, true);
  }

  @Test
  void thePagesShowTheTrailAndTheSearchInChinese() throws Exception {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    new MeetingDriver(context).startAndSettle(meeting, true, false, false);
    CurrentUser auditor = new CurrentUser("shenyu", List.of("auditor"));

    ExtendedModelMap model = new ExtendedModelMap();
    model.addAttribute("fmt", new PageFormats());
    String trailPage = render(controller.page(meeting.id(), null, null, null, auditor, model), model);
    assertThat(trailPage).contains("办理全过程", "会议全流程", "确定筹备事项", "周萍", "任务办结", "重要会议（多渠道通知）：是",
        "/api/audit/meetings/" + meeting.id() + "/trail.csv");

    ExtendedModelMap search = new ExtendedModelMap();
    search.addAttribute("fmt", new PageFormats());
    String searchPage = render(controller.searchPage(String.valueOf(meeting.id()), "policy", "zhouping",
        LocalDate.now().minusDays(1), null, "settlePreparation", null, auditor, search), search);
    assertThat(searchPage).contains("审计查询", "政策法规处", "/app/audit/meetings/" + meeting.id(), "确定筹备事项")
        .doesNotContain("没有符合条件的记录");
    // a step by its Chinese name, as the auditor knows it
    ExtendedModelMap byName = new ExtendedModelMap();
    byName.addAttribute("fmt", new PageFormats());
    assertThat(render(controller.searchPage(String.valueOf(meeting.id()), null, null, null, null, "确定筹备",
        null, auditor, byName), byName)).contains("确定筹备事项").doesNotContain("没有符合条件的记录");

    // narrowed to one kind and one person: only their lines
    ExtendedModelMap narrowed = new ExtendedModelMap();
    narrowed.addAttribute("fmt", new PageFormats());
    String completedByZhouping = render(controller.page(meeting.id(), null, "周萍", TrailKind.TASK_COMPLETED, auditor,
        narrowed), narrowed);
    assertThat(completedByZhouping).contains("<td>任务办结</td>", "确定筹备事项").doesNotContain("<td>流程开始</td>",
        "<td>任务产生</td>");
  }

  private String render(String view, ExtendedModelMap model) throws Exception {
    StringWriter out = new StringWriter();
    freeMarker.getConfiguration().getTemplate(view + ".ftlh").process(model, out);
    return out.toString();
  }

  @Test
  void onlyAuditorsAndTheOfficeReadTrails() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    assertThat(controller.trail(meeting.id(), new CurrentUser("zhouping", List.of("office")))).isNotNull();
    assertThatThrownBy(() -> controller.trail(meeting.id(), new CurrentUser("wangli", List.of("staff-policy"))))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> controller.csv(meeting.id(), new CurrentUser("qianjun", List.of("leader-policy"))))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> controller.search(null, null, null, null, null, null, null,
        new CurrentUser("wuhua", List.of("finance")))).isInstanceOf(AuthorizationException.class);
  }

  /**
   * A job of the meeting that fails until its tries run out (an incident), then succeeds when the
   * cause is fixed and it is retried: the stage processes fail this way when a channel is down.
   */
  private String failAndRetryAJobOf(MeetingRecord meeting) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROBE).name("审计测试作业").camundaHistoryTimeToLive(1)
        .startEvent("probeStart").serviceTask("probeTask").name("探测作业").camundaAsyncBefore()
        .camundaExpression("${execution.setVariable('probed', ok)}").endEvent("probeEnd").done();
    String deployment = repository.createDeployment().name(PROBE).addModelInstance(PROBE + ".bpmn", model)
        .deploy().getId();
    String instance = runtime.startProcessInstanceByKey(PROBE, MeetingKey.of(meeting.id())).getId();
    // As many tries as the engine's default retry cycle gives.
    for (Job job = jobOf(instance); job.getRetries() > 0; job = jobOf(instance)) {
      String id = job.getId();
      assertThatThrownBy(() -> management.executeJob(id)).isInstanceOf(RuntimeException.class);
    }
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isOne();
    runtime.setVariable(instance, "ok", true);
    String job = jobOf(instance).getId();
    management.setJobRetries(job, 1);
    management.executeJob(job);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    return deployment;
  }

  /** 临时会议申请 by 王丽, approved by the leader in charge, filed by the office: the meeting it became. */
  /**
   * Minutes from now, but today: its passing-on is recorded today, which may be neither before the
   * meeting's day nor in the future (a run just before midnight would otherwise hold it tomorrow).
   */
  private static LocalDateTime startingSoonToday() {
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
    LocalDateTime soon = now.plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
    return soon.toLocalDate().equals(now.toLocalDate()) ? soon : now.toLocalDate().atTime(23, 59);
  }

  private MeetingRecord applyApproveAndFile(LocalDateTime start) {
    Map<String, Object> form = SampleForms.adhocApplication();
    form.put("plannedStart", start.toString());
    form.put("plannedEnd", start.plusHours(2).toString());
    form.put("place", "待定");
    form.put("participants", String.join("、", MeetingDriver.PEOPLE));
    String application = as.call("wangli",
        () -> runtime.startProcessInstanceByKey(AdhocVariables.PROCESS_KEY, form)).getId();
    String approval = taskService.createTaskQuery().processInstanceId(application).singleResult().getId();
    // Comments are administrators' (people's remarks are fields of the forms); the trail shows them with the task.
    as.run("admin", () -> taskService.createComment(approval, application, "同意，请办公室备案"));
    completeOnly(application, "qianjun", Map.of("leaderDecision", "approve", "leaderComment", "同意"));
    completeOnly(application, "zhouping", Map.of());
    Long meetingId = jdbc.queryForObject("select meeting_id from adhoc_application where process_instance_id = ?",
        Long.class, application);
    return meetings.find(meetingId).orElseThrow();
  }

  private void completeOnly(String processInstanceId, String user, Map<String, Object> variables) {
    String task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    as.run(user, () -> taskService.complete(task, variables));
  }

  /** Statements on the engine's tables for one reading of the meeting's trail (the old reading took ~160). */
  private long engineStatements(long meetingId) {
    return EngineStatements.during(jdbc, () -> trail.of(meetingId));
  }

  private Job jobOf(String instance) {
    return management.createJobQuery().processInstanceId(instance).singleResult();
  }

  private static TrailEntry completed(List<TrailEntry> entries, String taskKey) {
    return entries.stream().filter(e -> e.kind() == TrailKind.TASK_COMPLETED && taskKey.equals(e.activityKey()))
        .findFirst().orElseThrow(() -> new AssertionError("no completed " + taskKey));
  }
}
