package cn.gov.agency.meeting.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleForms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of processes/annual-meeting-plan.bpmn (R3.1), run as the demo users. */
@ProcessTest
class AnnualMeetingPlanProcessTest {

  static final Map<String, String> STAFF = Map.of("office", "zhouping", "finance", "zhengyan",
      "policy", "wangli", "business", "chenjing", "technology", "weilan", "audit", "heqing");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired AnnualPlanService plans;
  @Autowired MeetingRows meetings;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  AsUser as;
  int year;
  LocalDate today;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
    today = LocalDate.now(clock);
    year = today.getYear() + 1;
    // One plan per year: every test starts from a year without a plan.
    runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanVariables.PROCESS_KEY).list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test reset"));
    jdbc.update("delete from meeting where source = 'PLAN'");
    jdbc.update("delete from annual_plan_leadership_attendee");
    jdbc.update("delete from annual_plan_leadership_meeting");
    jdbc.update("delete from plan_event");
    jdbc.update("delete from plan_entry");
    jdbc.update("delete from department_plan");
    jdbc.update("delete from annual_plan");
    jdbc.update("delete from department where code = 'newunit'");
  }

  @Test
  void everyDepartmentSubmitsTheOfficeForwardsTheLeadershipApprovesAndMeetingsAreScheduled() {
    ProcessInstance pi = start(today.plusDays(20));
    long planId = planId(pi);
    assertThat(submitTasks(pi)).hasSize(6);
    assertThat(submitTasks(pi)).allSatisfy(task -> assertThat(task.getDueDate()).isNotNull());
    assertThat(candidateGroups(submitTasks(pi))).containsExactlyInAnyOrder(
        "staff-office", "staff-finance", "staff-policy", "staff-business", "staff-technology", "staff-audit");

    addEntry(planId, "policy", "政策解读部署会", year + "-03-10", null, 40, "3000");
    addEntry(planId, "policy", "法规研讨会", null, 6, 25, "1500.50");
    addEntry(planId, "business", "业务培训会", year + "-05-20", null, 60, "8000");
    as.run("heqing", () -> plans.declareNoMeetings(planId, "audit", true, "heqing"));
    for (String department : List.of("office", "finance", "technology")) {
      addEntry(planId, department, department + "工作会", null, 9, 10, "0");
    }
    STAFF.forEach((department, staff) -> completeSubmission(pi, department, staff));

    assertThat(pi).isWaitingAt("consolidatedReview");
    assertThat(task(pi, "consolidatedReview")).hasCandidateGroup("office");
    complete(pi, "consolidatedReview", "liming", Map.of("officeDecision", "forward"));
    assertThat(plans.plan(planId).status()).isEqualTo(PlanStatus.AWAITING_LEADERSHIP);

    assertThat(task(pi, "leadershipDecision")).hasCandidateGroup("leadership");
    complete(pi, "leadershipDecision", "zhaoqiang", leadership("approve", "同意"));

    assertThat(pi).isEnded().hasPassed("scheduleApprovedMeetings");
    AnnualPlan plan = plans.plan(planId);
    assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
    assertThat(plan.decidedBy()).isEqualTo("zhaoqiang");
    assertThat(plan.decidedAt()).isNotNull();
    List<MeetingRecord> scheduled = meetings.findByYear(year).stream()
        .filter(m -> "PLAN".equals(m.source())).toList();
    assertThat(scheduled).hasSize(6).allSatisfy(m -> {
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
      assertThat(m.planEntryId()).isNotNull();
    });
    MeetingRecord seminar = scheduled.stream().filter(m -> m.title().equals("法规研讨会")).findFirst().orElseThrow();
    assertThat(seminar.hostDepartmentCode()).isEqualTo("policy");
    assertThat(seminar.plannedMonth()).isEqualTo(6);
    assertThat(seminar.plannedDate()).isNull();
    assertThat(seminar.expectedParticipants()).isEqualTo(25);
    assertThat(seminar.budgetEstimate()).isEqualByComparingTo("1500.50");
    assertThat(plans.departmentPlan(planId, "audit").noMeetings()).isTrue();
  }

  @Test
  void anEmptyPlanThatDoesNotSayNoMeetingsCannotBeSubmitted() {
    ProcessInstance pi = start(today.plusDays(20));
    Task policy = submitTask(pi, "policy");
    assertThatThrownBy(() -> as.run("wangli", () -> taskService.complete(policy.getId())))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("本年度无会议");
    assertThat(plans.departmentPlan(planId(pi), "policy").status()).isEqualTo(DepartmentPlanStatus.DRAFT);
  }

  @Test
  void onlyTheDepartmentsOwnStaffMaySubmitItsPlan() {
    ProcessInstance pi = start(today.plusDays(20));
    Task policy = submitTask(pi, "policy");
    assertThat(as.call("chenjing", () -> taskService.createTaskQuery().taskId(policy.getId()).count())).isZero();
    assertThatThrownBy(() -> as.run("chenjing", () -> taskService.complete(policy.getId())))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
  }

  @Test
  void aLateDepartmentIsEscalatedToTheOfficeAndTheUrgingEndsWhenItSubmits() {
    ProcessInstance pi = start(today.plusDays(1));
    long planId = planId(pi);
    String deadlineJob = managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId("deadlinePassed").list().stream()
        .filter(job -> submitTask(pi, "finance").getExecutionId().equals(job.getExecutionId()))
        .findFirst().orElseThrow().getId();
    managementService.executeJob(deadlineJob);

    Task urge = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("urgeLateDepartment")
        .singleResult();
    assertThat(urge).hasCandidateGroup("office");
    assertThat(taskService.getVariable(urge.getId(), "hostDepartmentName")).isEqualTo("财务处");
    assertThat(plans.departmentPlan(planId, "finance").late()).isTrue();
    assertThat(plans.events(planId)).extracting(PlanEvent::action).contains(PlanAction.LATE);

    addEntry(planId, "finance", "预算编制布置会", null, 3, 12, "0");
    completeSubmission(pi, "finance", "zhengyan");
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("urgeLateDepartment").count()).isZero();
    assertThat(plans.departmentPlan(planId, "finance").status()).isEqualTo(DepartmentPlanStatus.SUBMITTED);
  }

  @Test
  void theOfficeSendsOneDepartmentBackAndOnlyThatDepartmentRevises() {
    ProcessInstance pi = submittedPlan();
    long planId = planId(pi);
    assertThatThrownBy(() -> complete(pi, "consolidatedReview", "liming",
        Map.of("officeDecision", "return", "returnDepartments", "不存在处", "officeComment", "请修改")))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("returnDepartments");
    assertThatThrownBy(() -> complete(pi, "consolidatedReview", "liming",
        Map.of("officeDecision", "return", "returnDepartments", "政策法规处")))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("officeComment");

    complete(pi, "consolidatedReview", "liming",
        Map.of("officeDecision", "return", "returnDepartments", "政策法规处", "officeComment", "请压缩会议数量"));
    List<Task> revisions = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("reviseDepartmentPlan").list();
    assertThat(revisions).hasSize(1);
    assertThat(revisions.get(0)).hasCandidateGroup("staff-policy");
    assertThat(plans.departmentPlan(planId, "policy").status()).isEqualTo(DepartmentPlanStatus.RETURNED);
    assertThat(plans.departmentPlan(planId, "business").status()).isEqualTo(DepartmentPlanStatus.SUBMITTED);
    assertThat(plans.departmentPlan(planId, "policy").returnComment()).isEqualTo("请压缩会议数量");

    long entry = plans.departmentPlan(planId, "policy").entries().get(0).id();
    as.run("wangli", () -> plans.removeEntry(planId, "policy", entry, "wangli"));
    addEntry(planId, "policy", "合并后的政策会", year + "-04-08", null, 30, "2000");
    as.run("wangli", () -> taskService.complete(revisions.get(0).getId()));

    assertThat(pi).isWaitingAt("consolidatedReview");
    complete(pi, "consolidatedReview", "liming", Map.of("officeDecision", "forward"));
    complete(pi, "leadershipDecision", "qianjun", leadership("approve", null));
    assertThat(pi).isEnded();
    assertThat(meetings.findByYear(year)).extracting(MeetingRecord::title).contains("合并后的政策会");
  }

  @Test
  void theLeadershipReturnsThePlanToTheOfficeWithAComment() {
    ProcessInstance pi = submittedPlan();
    complete(pi, "consolidatedReview", "zhouping", Map.of("officeDecision", "forward"));
    assertThatThrownBy(() -> complete(pi, "leadershipDecision", "sunhong", leadership("return", null)))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("leadershipComment");
    complete(pi, "leadershipDecision", "sunhong", leadership("return", "会议总数偏多，请办公室再统筹"));
    assertThat(pi).isWaitingAt("consolidatedReview");
    AnnualPlan plan = plans.plan(planId(pi));
    assertThat(plan.status()).isEqualTo(PlanStatus.COLLECTING);
    assertThat(plan.decidedBy()).isEqualTo("sunhong");
    assertThat(plan.decisionComment()).isEqualTo("会议总数偏多，请办公室再统筹");
    assertThat(meetings.findByYear(year)).noneMatch(m -> "PLAN".equals(m.source()));
  }

  @Test
  void aSecondPlanForTheSameYearIsRefused() {
    start(today.plusDays(20));
    assertThatThrownBy(() -> start(today.plusDays(20)))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("不能重复发起");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanVariables.PROCESS_KEY).count())
        .isEqualTo(1);
  }

  @Test
  void theYearlyAutomaticStartOpensNextYearsPlanOnceAndEndsQuietlyWhenItExists() {
    managementService.executeJob(yearlyTimer());
    AnnualPlan opened = plans.plans().get(0);
    assertThat(opened.year()).isEqualTo(year);
    assertThat(opened.startedBy()).isEqualTo("system");

    managementService.executeJob(yearlyTimer());
    assertThat(plans.plans()).hasSize(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId("planAlreadyExists").count()).isPositive();
  }

  @Test
  void invalidEntriesAreRefusedNamingTheEntryAndTheFieldAndTheDraftKeepsTheRest() {
    ProcessInstance pi = start(today.plusDays(20));
    long planId = planId(pi);
    addEntry(planId, "policy", "保留的会议", year + "-03-10", null, 40, "3000");
    Map<String, Object> bad = SampleForms.planEntry("", year - 1 + "-03-10", null, 10, "-5");
    bad.put("meetingType", "party");
    assertThatThrownBy(() -> plans.addEntry(planId, "policy", bad, "wangli"))
        .hasMessageContaining("第 2 条会议")
        .hasMessageContaining("name").hasMessageContaining("meetingType")
        .hasMessageContaining("plannedDate").hasMessageContaining(year + " 年内")
        .hasMessageContaining("estimatedCost").hasMessageContaining("不能为负数");
    assertThat(plans.departmentPlan(planId, "policy").entries()).extracting(DepartmentPlan.PlanEntry::name)
        .containsExactly("保留的会议");
  }

  @Test
  void aDepartmentCreatedMidCycleIsInvitedByTheOffice() {
    ProcessInstance pi = submittedPlan();
    jdbc.update("insert into department (code, name, sort_order) values ('newunit', '新设处', 99)");
    complete(pi, "consolidatedReview", "liming",
        Map.of("officeDecision", "return", "returnDepartments", "新设处", "officeComment", "请补报本部门计划"));
    Task invitation = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("reviseDepartmentPlan").singleResult();
    assertThat(invitation).hasCandidateGroup("staff-newunit");
    assertThat(plans.departmentPlan(planId(pi), "newunit").status()).isEqualTo(DepartmentPlanStatus.RETURNED);
  }

  private String yearlyTimer() {
    return managementService.createJobQuery().processDefinitionKey("annualPlanAutoStart").timers()
        .singleResult().getId();
  }

  private ProcessInstance submittedPlan() {
    ProcessInstance pi = start(today.plusDays(20));
    long planId = planId(pi);
    STAFF.forEach((department, staff) -> {
      addEntry(planId, department, department + "年度工作会", null, 2, 20, "500");
      completeSubmission(pi, department, staff);
    });
    assertThat(pi).isWaitingAt("consolidatedReview");
    return pi;
  }

  private ProcessInstance start(LocalDate deadline) {
    return as.call("zhouping", () -> runtimeService.startProcessInstanceByKey(PlanVariables.PROCESS_KEY,
        Map.of("planYear", year, "submissionDeadline", deadline.toString())));
  }

  private void addEntry(long planId, String department, String name, String date, Integer month, int count,
      String cost) {
    plans.addEntry(planId, department, SampleForms.planEntry(name, date, month, count, cost), STAFF.get(department));
  }

  private void completeSubmission(ProcessInstance pi, String department, String staff) {
    String taskId = submitTask(pi, department).getId();
    as.run(staff, () -> taskService.complete(taskId));
  }

  private Task submitTask(ProcessInstance pi, String department) {
    return submitTasks(pi).stream()
        .filter(t -> taskService.getIdentityLinksForTask(t.getId()).stream()
            .anyMatch(link -> ("staff-" + department).equals(link.getGroupId())))
        .findFirst().orElseThrow();
  }

  private List<Task> submitTasks(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("submitDepartmentPlan").list();
  }

  private List<String> candidateGroups(List<Task> tasks) {
    return tasks.stream().flatMap(t -> taskService.getIdentityLinksForTask(t.getId()).stream())
        .map(link -> link.getGroupId()).filter(g -> g != null).toList();
  }

  private Task task(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  @Test
  void r3_1_thePlanIsDecidedCollectivelyByAMeetingOfTheLeadershipTeam() {
    ProcessInstance pi = submittedPlan();
    complete(pi, "consolidatedReview", "liming", Map.of("officeDecision", "forward"));
    long planId = planId(pi);

    Map<String, Object> alone = leadership("approve", "同意");
    alone.put("leadershipAttendees", "qianjun");
    assertThatThrownBy(() -> complete(pi, "leadershipDecision", "qianjun", alone))
        .isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("出席的领导班子成员（leadershipAttendees）出席的领导班子成员须超过半数");
    Map<String, Object> outsider = leadership("approve", "同意");
    outsider.put("leadershipAttendees", "zhaoqiang, liming");
    outsider.put("leadershipMeetingDate", LocalDate.now(clock).plusDays(1).toString());
    outsider.remove("leadershipMeetingName");
    assertThatThrownBy(() -> complete(pi, "leadershipDecision", "qianjun", outsider))
        .isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("第 2 位不是领导班子成员的登录名")
        .hasMessageContaining("审定会议日期（leadershipMeetingDate）只能记录已经召开的会议")
        .hasMessageContaining("leadershipMeetingName");
    assertThat(plans.plan(planId).status()).isEqualTo(PlanStatus.AWAITING_LEADERSHIP);
    assertThat(plans.leadershipMeetings(planId)).isEmpty();

    complete(pi, "leadershipDecision", "qianjun", leadership("approve", "同意"));

    assertThat(pi).isEnded();
    LeadershipMeeting decided = plans.leadershipMeetings(planId).get(0);
    assertThat(decided.meetingName()).isEqualTo("局党组会议（第12次）");
    assertThat(decided.heldOn()).isEqualTo(LocalDate.now(clock));
    assertThat(decided.attendeeNames()).containsExactly("赵强", "钱军");
    assertThat(decided.decision()).isEqualTo(LeadershipDecision.APPROVE);
    assertThat(decided.recordedBy()).isEqualTo("qianjun");
    assertThat(plans.events(planId)).filteredOn(e -> e.action() == PlanAction.APPROVED).singleElement()
        .satisfies(e -> assertThat(e.comment()).isEqualTo(
            "领导班子集体审定：局党组会议（第12次）（" + LocalDate.now(clock) + "），出席：赵强、钱军；记录人：钱军。意见：同意"));
  }

  /** 领导班子审定 as the team's meeting decided it: today, two of the three members present. */
  private Map<String, Object> leadership(String decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put("leadershipDecision", decision);
    if (comment != null) {
      form.put("leadershipComment", comment);
    }
    form.put("leadershipMeetingName", "局党组会议（第12次）");
    form.put("leadershipMeetingDate", LocalDate.now(clock).toString());
    form.put("leadershipAttendees", "zhaoqiang，qianjun");
    return form;
  }

  private void complete(ProcessInstance pi, String key, String user, Map<String, Object> variables) {
    String taskId = task(pi, key).getId();
    as.run(user, () -> taskService.complete(taskId, variables));
  }

  private long planId(ProcessInstance pi) {
    return (Long) runtimeService.getVariable(pi.getId(), PlanVariables.PLAN_ID);
  }
}
