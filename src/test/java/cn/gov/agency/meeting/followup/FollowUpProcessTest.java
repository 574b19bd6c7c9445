package cn.gov.agency.meeting.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.bulletin.BulletinService;
import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.followup.ResolutionAppraisal.DepartmentFigures;
import cn.gov.agency.meeting.followup.ResolutionAppraisal.PersonFigures;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * processes/resolution-follow-up.bpmn (R7.1, R7.3) on meetings taken to approved minutes the real way:
 * 王丽 (政策法规处) carries the resolution out, 周萍 (office) checks, accepts, returns and urges;
 * timers are executed explicitly, with the engine clock set past the deadline where it matters.
 */
@ProcessTest
class FollowUpProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired TrailLabels labels;
  @Autowired FollowUpService followUps;
  @Autowired FollowUpQueries queries;
  @Autowired FollowUpAccess access;
  @Autowired FollowUpArchiveSection archiveSection;
  @Autowired BulletinService bulletins;

  AsUser as;
  MeetingDriver driver;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
    driver = new MeetingDriver(context);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void progressIsReportedAsOftenAsNeededTheOfficeChecksAndAcceptsACompletionOnTime() {
    MeetingRecord meeting = meetingWithApprovedMinutes(LocalDateTime.of(2048, 3, 2, 9, 0), "R301", "policy",
        "2048-06-30");
    ProcessInstance pi = startFollowUp(meeting);
    assertThat(pi).isWaitingAt("carryOutResolution");
    assertThat(task(pi, "carryOutResolution")).hasCandidateGroup("staff-policy");
    assertThat((String) taskService.getVariable(task(pi, "carryOutResolution").getId(), "followUpPageUrl"))
        .endsWith(FollowUpService.pagePath(meeting.id(), followUp(meeting).resolutionId()));

    complete(pi, "carryOutResolution", "wangli", Map.of("followUpReportKind", "progress", "followUpProgress", 40,
        "followUpReportText", "已起草方案初稿"));
    assertThat(pi).isWaitingAt("carryOutResolution");
    assertThat(followUp(meeting).progress()).isEqualTo(40);

    executeTimer(pi, "periodicCheckDue");
    assertThat(task(pi, "officeCheck")).hasCandidateGroup("office");
    assertThatThrownBy(() -> complete(pi, "officeCheck", "zhouping", Map.of("checkProgress", "on_track")))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("质量评价（checkQuality）必须填写");
    complete(pi, "officeCheck", "zhouping", Map.of("checkProgress", "on_track", "checkQuality", "方案框架完整",
        "checkEffect", "尚未实施"));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).activityId("periodicCheckDue")
        .count()).as("the cycle goes on").isEqualTo(1);

    assertThatThrownBy(() -> complete(pi, "carryOutResolution", "wangli",
        Map.of("followUpReportKind", "completed", "followUpReportText", "方案已印发")))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("办结佐证（followUpEvidence）必须填写");
    complete(pi, "carryOutResolution", "wangli", Map.of("followUpReportKind", "completed",
        "followUpReportText", "方案已印发", "followUpEvidence", "政法〔2048〕12号"));
    assertThat(pi).isWaitingAt("checkCompletion");
    assertThat(task(pi, "checkCompletion")).hasCandidateGroup("office");
    complete(pi, "checkCompletion", "zhouping", Map.of("followUpCompletionDecision", "accept"));

    assertThat(pi).isEnded().hasPassed("completionAccepted", "followUpClosed");
    FollowUp closed = followUp(meeting);
    assertThat(closed.outcome()).isEqualTo(Outcome.ON_TIME);
    assertThat(closed.progress()).isEqualTo(100);
    assertThat(closed.closedBy()).isEqualTo("zhouping");
    assertThat(queries.trail(closed)).extracting(FollowUpStep::action, FollowUpStep::actorUserId,
        FollowUpStep::actorDepartment).containsExactly(
        tuple("OPENED", "qianjun", null), tuple("PROGRESS_REPORTED", "wangli", "政策法规处"),
        tuple("CHECKED", "zhouping", "办公室"), tuple("COMPLETION_REPORTED", "wangli", "政策法规处"),
        tuple("COMPLETION_ACCEPTED", "zhouping", "办公室"));
    Map<String, List<List<String>>> archived = new HashMap<>();
    archiveSection.write(meeting, new ArchiveWriter() {
      @Override
      public void html(String path, String title, String html) {}

      @Override
      public void table(String path, String title, List<String> headers, List<List<String>> rows) {
        archived.put(path, rows);
      }

      @Override
      public void file(String path, String title, byte[] content) {}
    });
    assertThat(archiveSection.order()).isEqualTo(80);
    assertThat(archived.get("follow-up/outcomes.html")).singleElement().satisfies(row -> assertThat(row)
        .contains("制定政策解读工作方案", "政策法规处", "2048-06-30", "100%", "按期完成"));
    assertThat(archived.get("follow-up/trail.html")).extracting(row -> row.get(2) + "/" + row.get(3))
        .containsExactly("建立督办事项，交责任部门落实/钱军", "责任部门报告进展/王丽", "办公室督办检查/周萍",
            "责任部门报告办结/王丽", "办公室确认办结/周萍");
    assertThat(events.of(meeting.id())).allSatisfy(event -> {
      assertThat(labels.stage(event.stage())).isNotEqualTo(event.stage());
      assertThat(labels.action(event.stage(), event.action())).as("%s.%s", event.stage(), event.action())
          .isNotEqualTo(event.action());
    });
  }

  @Test
  void theDepartmentIsRemindedAndPastTheDeadlineTheOfficeUrgesRectificationAndTheResolutionEndsLate() {
    MeetingRecord meeting = meetingWithApprovedMinutes(LocalDateTime.of(2048, 3, 3, 9, 0), "R302", "policy",
        "2048-06-30");
    ProcessInstance pi = startFollowUp(meeting);
    assertThat(jobDue(pi, "deadlineNear")).as("3 working days before Tuesday 30 June")
        .isEqualTo(SampleMeetings.date(LocalDateTime.of(2048, 6, 25, 9, 0)));
    assertThat(jobDue(pi, "deadlinePassed")).isEqualTo(SampleMeetings.date(LocalDateTime.of(2048, 7, 1, 0, 0)));

    ClockUtil.setCurrentTime(SampleMeetings.date(LocalDateTime.of(2048, 6, 25, 9, 0)));
    executeTimer(pi, "deadlineNear");
    assertThat(pi).isWaitingAt("carryOutResolution").hasPassed("reminderSent");

    ClockUtil.setCurrentTime(SampleMeetings.date(LocalDateTime.of(2048, 7, 1, 0, 5)));
    executeTimer(pi, "deadlinePassed");
    assertThat(pi).isWaitingAt("carryOutResolution", "urgeRectification");
    assertThat(followUp(meeting).overdue()).isTrue();
    assertThat(task(pi, "urgeRectification")).hasCandidateGroup("office");
    complete(pi, "urgeRectification", "zhouping", Map.of("urgeDecision", "urge", "urgeComment", "请于一周内整改完成"));
    assertThat(task(pi, "rectify")).hasCandidateGroup("staff-policy");
    complete(pi, "rectify", "wangli", Map.of("rectificationProgress", 80, "rectificationText", "已加派人手"));
    assertThat(pi).as("the office looks at the rectification report").isWaitingAt("carryOutResolution",
        "urgeRectification");
    assertThat(followUp(meeting).progress()).isEqualTo(80);
    complete(pi, "urgeRectification", "zhouping", Map.of("urgeDecision", "rectified", "urgeComment", "整改有力"));
    assertThat(pi).isWaitingAt("carryOutResolution").hasPassed("rectificationAccepted");

    ClockUtil.setCurrentTime(SampleMeetings.date(LocalDateTime.of(2048, 7, 5, 10, 0)));
    complete(pi, "carryOutResolution", "wangli", Map.of("followUpReportKind", "completed",
        "followUpReportText", "方案已印发", "followUpEvidence", "政法〔2048〕15号"));
    complete(pi, "checkCompletion", "zhouping", Map.of("followUpCompletionDecision", "accept"));
    assertThat(pi).isEnded();
    assertThat(followUp(meeting).outcome()).isEqualTo(Outcome.LATE);
    assertThat(queries.trail(followUp(meeting))).extracting(FollowUpStep::action, FollowUpStep::actorUserId)
        .containsExactly(tuple("OPENED", "qianjun"), tuple("REMINDED", "system"), tuple("OVERDUE", "system"),
            tuple("URGED", "zhouping"), tuple("RECTIFIED", "wangli"), tuple("RECTIFICATION_ACCEPTED", "zhouping"),
            tuple("COMPLETION_REPORTED", "wangli"),
            tuple("COMPLETION_ACCEPTED", "zhouping"));
  }

  @Test
  void aCompletionSentBackByTheOfficeIsCarriedOnAndThenAccepted() {
    MeetingRecord meeting = meetingWithApprovedMinutes(LocalDateTime.of(2048, 3, 6, 9, 0), "R501", "policy",
        "2048-06-30");
    ProcessInstance pi = startFollowUp(meeting);
    Map<String, Object> completed = Map.of("followUpReportKind", "completed", "followUpReportText", "方案已起草",
        "followUpEvidence", "方案稿");
    complete(pi, "carryOutResolution", "wangli", completed);
    assertThatThrownBy(() -> complete(pi, "checkCompletion", "zhouping",
        Map.of("followUpCompletionDecision", "return")))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("审核意见（followUpCompletionComment）必须填写");
    complete(pi, "checkCompletion", "zhouping", Map.of("followUpCompletionDecision", "return",
        "followUpCompletionComment", "方案未经审定，不能视为办结"));
    assertThat(pi).isWaitingAt("carryOutResolution");
    assertThat(followUp(meeting).status()).isEqualTo(FollowUpStatus.OPEN);

    complete(pi, "carryOutResolution", "wangli", Map.of("followUpReportKind", "completed",
        "followUpReportText", "方案经审定后印发", "followUpEvidence", "政法〔2048〕20号"));
    complete(pi, "checkCompletion", "zhouping", Map.of("followUpCompletionDecision", "accept"));
    assertThat(pi).isEnded();
    assertThat(followUp(meeting).outcome()).isEqualTo(Outcome.ON_TIME);
    assertThat(queries.trail(followUp(meeting))).extracting(FollowUpStep::action).containsExactly("OPENED",
        "COMPLETION_REPORTED", "COMPLETION_RETURNED", "COMPLETION_REPORTED", "COMPLETION_ACCEPTED");
  }

  @Test
  void anotherDepartmentCannotCarryItOutAndAConfidentialResolutionIsReadOnlyByThoseEntitled() {
    MeetingRecord meeting = meetingWithApprovedMinutes(LocalDateTime.of(2048, 3, 7, 9, 0), "R601", "business",
        "2048-06-30");
    meetings.updateConfidential(meeting.id(), true);
    MeetingRecord confidential = meetings.find(meeting.id()).orElseThrow();
    ProcessInstance pi = startFollowUp(meeting);
    Map<String, Object> progress = Map.of("followUpReportKind", "progress", "followUpProgress", 10,
        "followUpReportText", "已布置");
    assertThatThrownBy(() -> complete(pi, "carryOutResolution", "wangli", progress))
        .as("政策法规处 is not responsible").isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> complete(pi, "carryOutResolution", "zhouping", progress))
        .as("the office checks, it does not carry out").isInstanceOf(AuthorizationException.class);
    complete(pi, "carryOutResolution", "chenjing", progress);
    assertThat(followUp(meeting).progress()).isEqualTo(10);

    FollowUp followUp = followUp(meeting);
    assertThat(access.mayRead(user("chuwei"), confidential, followUp)).as("head of the responsible department")
        .isTrue();
    assertThat(access.mayRead(user("jiangtao"), confidential, followUp)).as("outside the meeting").isFalse();
    assertThat(access.mayRead(user("weilan"), confidential, followUp)).isFalse();
    assertThat(access.mayRead(user("zhouping"), confidential, followUp)).isTrue();
    assertThat(access.mayRead(user("shenyu"), confidential, followUp)).isTrue();
  }

  @Test
  void r7_1_laggingResolutionStartsRectificationAtOnce() {
    MeetingRecord meeting = meetingWithApprovedMinutes(LocalDateTime.of(2048, 3, 10, 9, 0), "R302", "policy",
        "2048-12-31");
    ProcessInstance pi = startFollowUp(meeting);
    complete(pi, "carryOutResolution", "wangli", Map.of("followUpReportKind", "progress", "followUpProgress", 5,
        "followUpReportText", "刚开始调研"));

    executeTimer(pi, "periodicCheckDue");
    complete(pi, "officeCheck", "zhouping", Map.of("checkProgress", "lagging", "checkQuality", "调研尚未展开",
        "checkEffect", "无"));
    assertThat(pi).as("months before the deadline, the lagging check starts rectification")
        .isWaitingAt("carryOutResolution", "urgeRectification").hasPassed("checkVerdict");
    assertThat(followUp(meeting).overdue()).isFalse();
    assertThat(task(pi, "urgeRectification")).hasCandidateGroup("office");
    complete(pi, "urgeRectification", "zhouping", Map.of("urgeDecision", "urge", "urgeComment", "请本月内完成调研"));
    assertThat(task(pi, "rectify")).hasCandidateGroup("staff-policy");

    executeTimer(pi, "periodicCheckDue");
    complete(pi, "officeCheck", "zhouping", Map.of("checkProgress", "on_track", "checkQuality", "已布置",
        "checkEffect", "待观察"));
    assertThat(pi).as("an on-track check records and ends").isWaitingAt("carryOutResolution", "rectify");
  }

  @Test
  void r7_1_progressReportsReachTheHostDepartmentAndTheOffice() {
    MeetingRecord meeting = meetingWithApprovedMinutes(LocalDateTime.of(2048, 3, 16, 9, 0), "R301", "business",
        "2048-12-31");
    ProcessInstance pi = startFollowUp(meeting);
    complete(pi, "carryOutResolution", "chenjing", Map.of("followUpReportKind", "progress", "followUpProgress", 30,
        "followUpReportText", "已完成调研"));
    String delivery = runtimeService.createProcessInstanceQuery().processDefinitionKey("bulletinDelivery")
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult().getId();
    for (Job job : managementService.createJobQuery().processInstanceId(delivery).executable().list()) {
      managementService.executeJob(job.getId());
    }
    for (String reader : List.of("zhouping", "wangli", "fenggang")) {
      assertThat(bulletins.inAppOf(reader)).as("office, host staff and host head: %s", reader)
          .filteredOn(b -> b.meetingId() == meeting.id()).singleElement().satisfies(b -> {
            assertThat(b.headline()).isEqualTo("决议落实进展");
            assertThat(b.body()).contains("综合业务处报告进展", "30%", "已完成调研");
          });
    }
    assertThat(bulletins.inAppOf("chenjing")).as("the reporter is not told of her own report")
        .noneMatch(b -> b.meetingId() == meeting.id());
  }

  @Test
  void r7_3_urgingRepeatsAfterEachRectificationReportUntilRectified() {
    MeetingRecord meeting = meetingWithApprovedMinutes(LocalDateTime.of(2048, 3, 13, 9, 0), "R302", "policy",
        "2048-12-31");
    ProcessInstance pi = startFollowUp(meeting);
    executeTimer(pi, "periodicCheckDue");
    complete(pi, "officeCheck", "zhouping", Map.of("checkProgress", "lagging", "checkQuality", "未启动",
        "checkEffect", "无"));
    assertThatThrownBy(() -> complete(pi, "urgeRectification", "zhouping", Map.of("urgeDecision", "rectified",
        "urgeComment", "好")))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("尚未报告整改情况");
    complete(pi, "urgeRectification", "zhouping", Map.of("urgeDecision", "urge", "urgeComment", "请立即启动"));
    complete(pi, "rectify", "wangli", Map.of("rectificationProgress", 20, "rectificationText", "已启动"));
    complete(pi, "urgeRectification", "zhouping", Map.of("urgeDecision", "urge", "urgeComment", "进度仍然偏慢"));
    complete(pi, "rectify", "wangli", Map.of("rectificationProgress", 60, "rectificationText", "已加派人手"));
    complete(pi, "urgeRectification", "zhouping", Map.of("urgeDecision", "rectified", "urgeComment", "整改到位"));
    assertThat(pi).isWaitingAt("carryOutResolution").hasPassed("rectificationAccepted");
    assertThat(followUp(meeting).progress()).isEqualTo(60);
    assertThat(queries.trail(followUp(meeting))).extracting(FollowUpStep::action).containsExactly("OPENED",
        "CHECKED", "URGED", "RECTIFIED", "URGED", "RECTIFIED", "RECTIFICATION_ACCEPTED");
  }

  @Test
  void r7_3_appraisalPerDepartmentAndPerson() {
    MeetingRecord policyMeeting = meetingWithApprovedMinutes(LocalDateTime.of(2048, 3, 8, 9, 0), "B101", "policy",
        "2049-02-26");
    MeetingRecord businessMeeting = meetingWithApprovedMinutes(LocalDateTime.of(2048, 3, 9, 9, 0), "B101",
        "business", "2049-03-31");
    ProcessInstance notDone = startFollowUp(policyMeeting);
    ProcessInstance onTime = startFollowUp(businessMeeting);

    ClockUtil.setCurrentTime(SampleMeetings.date(LocalDateTime.of(2049, 3, 2, 9, 0)));
    executeTimer(notDone, "deadlinePassed");
    complete(notDone, "urgeRectification", "zhouping", Map.of("urgeDecision", "close",
        "urgeComment", "上级政策调整，该事项不再实施"));
    assertThat(notDone).isEnded().hasPassed("closedNotDone");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(notDone.getId()).count()).isZero();

    complete(onTime, "carryOutResolution", "chenjing", Map.of("followUpReportKind", "completed",
        "followUpReportText", "已完成", "followUpEvidence", "验收报告"));
    complete(onTime, "checkCompletion", "zhouping", Map.of("followUpCompletionDecision", "accept"));

    ResolutionAppraisal office = queries.appraisal(2049, user("zhouping"), (m, f) -> access.mayAppraise(user("zhouping"), m, f));
    assertThat(office.departments()).extracting(DepartmentFigures::departmentName, DepartmentFigures::onTime,
        DepartmentFigures::late, DepartmentFigures::notDone, DepartmentFigures::open)
        .containsExactlyInAnyOrder(tuple("政策法规处", 0, 0, 1, 0), tuple("综合业务处", 1, 0, 0, 0));
    FollowUpView policy = office.resolutions().stream()
        .filter(v -> v.followUp().departmentCode().equals("policy")).findFirst().orElseThrow();
    assertThat(policy.statusLabel()).isEqualTo("未完成");
    assertThat(policy.trail()).extracting(FollowUpStep::actionLabel, FollowUpStep::actorName).containsExactly(
        tuple("建立督办事项，交责任部门落实", "钱军"), tuple("决议逾期未完成", "系统"),
        tuple("办公室认定未完成并结案", "周萍"));

    assertThat(office.persons()).extracting(PersonFigures::userId, PersonFigures::personName,
        PersonFigures::departmentName, PersonFigures::onTime, PersonFigures::notDone)
        .containsExactlyInAnyOrder(tuple(null, "（尚无承办人）", "政策法规处", 0, 1), tuple("chenjing", "陈静", "综合业务处", 1, 0));
    ResolutionAppraisal business = queries.appraisal(2049, user("chuwei"), (m, f) -> access.mayAppraise(user("chuwei"), m, f));
    assertThat(business.departments()).extracting(DepartmentFigures::departmentCode).containsExactly("business");
    assertThat(business.resolutions()).singleElement().satisfies(v -> assertThat(v.trail())
        .extracting(FollowUpStep::actorName).contains("陈静", "周萍"));
  }

  private MeetingRecord meetingWithApprovedMinutes(LocalDateTime start, String room, String department,
      String deadline) {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", start);
    driver.startAndSettle(meeting, false, false, false);
    driver.prepare(meeting, room);
    driver.assignStaff(meeting);
    driver.closeSignIn(meeting);
    driver.approveMinutes(meeting, department, deadline);
    return meetings.find(meeting.id()).orElseThrow();
  }

  /** The follow-up 会后工作 started for the meeting's one resolution once its minutes were approved. */
  private ProcessInstance startFollowUp(MeetingRecord meeting) {
    assertThat(followUps.ofMeeting(meeting.id())).hasSize(1);
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(FollowUpVariables.PROCESS_KEY)
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult();
  }

  private FollowUp followUp(MeetingRecord meeting) {
    return followUps.ofMeeting(meeting.id()).get(0);
  }

  private void executeTimer(ProcessInstance pi, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
        .singleResult();
    managementService.executeJob(job.getId());
  }

  private java.util.Date jobDue(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult()
        .getDuedate();
  }

  private Task task(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private void complete(ProcessInstance pi, String key, String user, Map<String, Object> variables) {
    String taskId = task(pi, key).getId();
    as.run(user, () -> taskService.complete(taskId, new HashMap<>(variables)));
  }

  private CurrentUser user(String userId) {
    return new CurrentUser(userId, identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList());
  }
}
