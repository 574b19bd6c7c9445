package cn.gov.agency.meeting.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.adhoc.AdhocApplication;
import cn.gov.agency.meeting.adhoc.AdhocApplicationService;
import cn.gov.agency.meeting.adhoc.AdhocVariables;
import cn.gov.agency.meeting.adhoc.ApplicationAction;
import cn.gov.agency.meeting.adhoc.ApplicationStatus;
import cn.gov.agency.meeting.budget.BudgetService;
import cn.gov.agency.meeting.budget.BudgetStatus;
import cn.gov.agency.meeting.budget.BudgetVariables;
import cn.gov.agency.meeting.budget.BudgetVersion;
import cn.gov.agency.meeting.followup.FollowUp;
import cn.gov.agency.meeting.followup.FollowUpService;
import cn.gov.agency.meeting.followup.FollowUpStatus;
import cn.gov.agency.meeting.followup.FollowUpVariables;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.minutes.MinutesVariables;
import cn.gov.agency.meeting.plan.AnnualPlanService;
import cn.gov.agency.meeting.plan.DepartmentPlanStatus;
import cn.gov.agency.meeting.plan.PlanVariables;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleForms;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #22, "routing and record identity come from the database" and "the person who decides is
 * the person recorded", for each kind of binding: an application and a plan by the instance id
 * their rows store, a meeting-keyed stage by its business key, a follow-up by its row, the
 * recorder by the staffing record. Variables changed by an administrator's repair
 * ({@code runtimeService.setVariable} without a person) change neither who works on a task nor the
 * record a step acts upon; a person the record does not entitle cannot complete, and nothing changes.
 */
@ProcessTest
class RecordRoutingProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AdhocApplicationService applications;
  @Autowired MeetingRows meetings;
  @Autowired BudgetService budgets;
  @Autowired AnnualPlanService plans;
  @Autowired FollowUpService followUps;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  AsUser as;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
  }

  // --- 临时会议申请: the application row that stores the instance id ---

  @Test
  void theApplicationsRoutingFollowsItsRowNotTheVariables() {
    ProcessInstance pi = apply("wangli");
    assertThat(candidateGroups(task(pi))).containsExactly("leader-policy");

    // An administrator's repair changes the variables a routing once read: nothing follows them.
    runtimeService.setVariable(pi.getId(), AdhocVariables.HOST_DEPARTMENT, "technology");
    runtimeService.setVariable(pi.getId(), AdhocVariables.APPLICANT, "chenjing");
    complete(task(pi), "qianjun", Map.of("leaderDecision", "return", "leaderComment", "请压缩参会人数"));
    assertThat(pi).isWaitingAt("reviseApplication");
    assertThat(task(pi)).isAssignedTo("wangli");
    complete(task(pi), "wangli", Map.of("applicantAction", "resubmit"));
    assertThat(candidateGroups(task(pi))).containsExactly("leader-policy");

    // The record changes (the application now belongs to 科技信息处, led by 孙红): so does who may decide it.
    long applicationId = applicationId(pi);
    jdbc.update("update adhoc_application set host_department_code = 'technology' where id = ?", applicationId);
    Task open = task(pi);
    assertThatThrownBy(() -> complete(open, "qianjun", Map.of("leaderDecision", "approve")))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("leader-technology").hasMessageContaining("qianjun 无权办理")
        .hasMessageContaining("not entitled by the record");
    assertThat(pi).isWaitingAt("leaderApproval");
    assertThat(task(pi).getId()).isEqualTo(open.getId());
    AdhocApplication unchanged = applications.find(applicationId);
    assertThat(unchanged.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(unchanged.events()).extracting(AdhocApplication.Event::action).containsExactly(
        ApplicationAction.SUBMITTED, ApplicationAction.RETURNED, ApplicationAction.RESUBMITTED);
  }

  @Test
  void onlyThePersonTheRecordEntitlesDecidesAndIsTheOneRecorded() {
    ProcessInstance pi = apply("wangli");
    Task approval = task(pi);
    Map<String, Object> approve = Map.of("leaderDecision", "approve");

    // An administrator may do anything in the engine, but completing would record a leader's approval.
    assertThatThrownBy(() -> complete(approval, "admin", approve))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("leader-policy")
        .hasMessageContaining("admin 无权办理");
    // 孙红 leads other departments: not a candidate, and not entitled by the record either.
    assertThatThrownBy(() -> complete(approval, "sunhong", approve)).isInstanceOf(AuthorizationException.class);
    assertThat(pi).isWaitingAt("leaderApproval");
    assertThat(applications.find(applicationId(pi)).events()).hasSize(1);

    complete(approval, "qianjun", approve);
    AdhocApplication approved = applications.find(applicationId(pi));
    assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(approved.events()).extracting(AdhocApplication.Event::actorUserId).containsExactly("wangli", "qianjun");
  }

  @Test
  void theLeadersDecisionLandsOnTheBoundApplicationWhateverTheApplicationIdVariableSays() {
    ProcessInstance policy = apply("wangli");
    ProcessInstance business = apply("chenjing");
    long other = applicationId(business);
    runtimeService.setVariable(policy.getId(), AdhocVariables.APPLICATION_ID, other);

    complete(task(policy), "qianjun", Map.of("leaderDecision", "approve"));

    assertThat(applications.ofProcess(policy.getId()).status()).isEqualTo(ApplicationStatus.APPROVED);
    AdhocApplication untouched = applications.find(other);
    assertThat(untouched.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(untouched.events()).extracting(AdhocApplication.Event::actorUserId).containsExactly("chenjing");
  }

  // --- a meeting-keyed stage: the meeting whose id is the business key ---

  @Test
  void aStageRoutesAndActsByTheMeetingOfItsBusinessKey() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2057, 3, 4, 9, 0));
    MeetingRecord other = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2057, 3, 5, 9, 0));
    ProcessInstance otherBudget = startBudget(other, SampleMeetings.stageVariables(other));
    complete(task(otherBudget), "wangli", budgetForm());
    BudgetVersion otherVersion = budgets.versionsOf(other.id()).get(0);

    // Variables that name another department and another meeting: the business key decides.
    Map<String, Object> variables = SampleMeetings.stageVariables(meeting);
    variables.put(LifecycleVariables.HOST_DEPARTMENT, "business");
    variables.put(LifecycleVariables.MEETING_ID, other.id());
    ProcessInstance pi = startBudget(meeting, variables);
    assertThat(candidateGroups(task(pi))).containsExactly("staff-policy");
    assertThatThrownBy(() -> complete(task(pi), "chenjing", budgetForm())).isInstanceOf(AuthorizationException.class);

    complete(task(pi), "wangli", budgetForm());
    assertThat(budgets.versionsOf(meeting.id())).hasSize(1);
    assertThat(budgets.versionsOf(other.id())).hasSize(1);
    assertThat(candidateGroups(task(pi))).containsExactly("leader-policy");

    // A repair points the version id at the other meeting's version: the review stays on this one.
    runtimeService.setVariable(pi.getId(), BudgetVariables.BUDGET_VERSION_ID, otherVersion.id());
    complete(task(pi), "qianjun", Map.of("budgetLeaderDecision", "approve"));
    assertThat(budgets.versionsOf(meeting.id()).get(0).status()).isEqualTo(BudgetStatus.LEADER_APPROVED);
    assertThat(budgets.version(otherVersion.id()).status()).isEqualTo(BudgetStatus.SUBMITTED);
    assertThat(budgets.versionsOf(meeting.id()).get(0).reviews()).extracting(r -> r.reviewerUserId())
        .containsExactly("qianjun");
  }

  @Test
  void whenTheMeetingsHostDepartmentChangesTheOpenTaskFollowsTheRecord() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2057, 3, 6, 9, 0));
    ProcessInstance pi = startBudget(meeting, SampleMeetings.stageVariables(meeting));
    Task draft = task(pi);
    assertThat(candidateGroups(draft)).containsExactly("staff-policy");

    jdbc.update("update meeting set host_department_code = 'business' where id = ?", meeting.id());
    // 王丽 was a candidate when the task was created; the record no longer entitles her.
    assertThatThrownBy(() -> complete(draft, "wangli", budgetForm()))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("staff-business");
    assertThat(pi).isWaitingAt("draftBudget");
    assertThat(budgets.versionsOf(meeting.id())).isEmpty();
  }

  // --- 会议纪要: the recorder named in the staffing record ---

  @Test
  void theRecordingTaskGoesToTheRecorderOfTheStaffingRecord() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2057, 3, 9, 9, 0));
    meetings.nameStaff(meeting.id(), StaffDuty.RECORDER, List.of("hanmei"));
    Map<String, Object> variables = SampleMeetings.stageVariables(meeting);
    variables.put(LifecycleVariables.RECORDER, "wangli");
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(MinutesVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), variables);
    assertThat(task(pi)).isAssignedTo("hanmei");

    // The office names someone else: 韩梅 still holds the task but is no longer the recorder.
    meetings.nameStaff(meeting.id(), StaffDuty.RECORDER, List.of("weilan"));
    Task recording = task(pi);
    assertThatThrownBy(() -> complete(recording, "hanmei", Map.of()))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("weilan");
    assertThat(pi).isWaitingAt("recordMeeting");
  }

  // --- 年度会议计划审批: the plan row that stores the instance id, and its departments ---

  @Test
  void aDepartmentsPlanTaskRoutesByThePlanAndSubmitsTheBoundPlan() {
    resetPlans();
    int year = LocalDate.now(clock).getYear() + 1;
    ProcessInstance pi = as.call("zhouping", () -> runtimeService.startProcessInstanceByKey(
        PlanVariables.PROCESS_KEY, Map.of("planYear", year)));
    long planId = plans.planOfProcess(pi.getId()).id();
    Task policy = planTask(pi, "staff-policy");
    Task business = planTask(pi, "staff-business");

    // A repair points planId elsewhere: the submission still goes to the bound plan.
    runtimeService.setVariable(pi.getId(), PlanVariables.PLAN_ID, planId + 1000);
    plans.declareNoMeetings(planId, "policy", true, "wangli");
    complete(policy, "wangli", Map.of());
    assertThat(plans.departmentPlan(planId, "policy").status()).isEqualTo(DepartmentPlanStatus.SUBMITTED);
    assertThat(plans.departmentPlan(planId, "policy").submittedBy()).isEqualTo("wangli");

    // A department that is not one of the plan's (a branch's element variable changed by hand) routes nowhere.
    runtimeService.setVariable(business.getExecutionId(), PlanVariables.DEPARTMENT, "nowhere");
    plans.declareNoMeetings(planId, "business", true, "chenjing");
    assertThatThrownBy(() -> complete(business, "chenjing", Map.of()))
        .hasStackTraceContaining("部门 nowhere 不是");
    assertThat(plans.departmentPlan(planId, "business").status()).isEqualTo(DepartmentPlanStatus.DRAFT);
    resetPlans();
  }

  // --- 决议督办: the follow-up row that stores the instance id ---

  @Test
  void aFollowUpGoesToTheResponsibleDepartmentOfItsRow() {
    MeetingDriver driver = new MeetingDriver(context);
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2057, 4, 2, 9, 0));
    driver.startAndSettle(meeting, false, false, false);
    driver.prepare(meeting, "R301");
    driver.assignStaff(meeting);
    driver.closeSignIn(meeting);
    driver.approveMinutes(meeting, "policy", "2057-06-30");
    ProcessInstance pi = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(FollowUpVariables.PROCESS_KEY).processInstanceBusinessKey(MeetingKey.of(meeting.id()))
        .singleResult();
    FollowUp followUp = followUps.ofProcess(pi.getId());
    Task carryOut = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("carryOutResolution").singleResult();
    assertThat(candidateGroups(carryOut)).containsExactly("staff-policy");

    runtimeService.setVariable(pi.getId(), FollowUpVariables.RESPONSIBLE_DEPARTMENT, "business");
    runtimeService.setVariable(pi.getId(), FollowUpVariables.FOLLOW_UP_ID, followUp.id() + 1000);
    jdbc.update("update follow_up set department_code = 'business' where id = ?", followUp.id());
    Map<String, Object> report = Map.of("followUpReportKind", "completed", "followUpReportText", "已落实",
        "followUpEvidence", "落实情况报告");
    assertThatThrownBy(() -> complete(carryOut, "wangli", report))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("staff-business");
    assertThat(followUps.ofProcess(pi.getId()).status()).isEqualTo(FollowUpStatus.OPEN);
    assertThat(pi).isWaitingAt("carryOutResolution");
  }

  private void resetPlans() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanVariables.PROCESS_KEY).list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test reset"));
    jdbc.update("delete from meeting where source = 'PLAN'");
    jdbc.update("delete from annual_plan_leadership_attendee");
    jdbc.update("delete from annual_plan_leadership_meeting");
    jdbc.update("delete from plan_event");
    jdbc.update("delete from plan_entry");
    jdbc.update("delete from department_plan");
    jdbc.update("delete from annual_plan");
  }

  private Task planTask(ProcessInstance pi, String group) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("submitDepartmentPlan")
        .list().stream().filter(task -> candidateGroups(task).contains(group)).findFirst().orElseThrow();
  }

  private ProcessInstance apply(String applicant) {
    return as.call(applicant, () -> runtimeService.startProcessInstanceByKey(AdhocVariables.PROCESS_KEY,
        SampleForms.adhocApplication()));
  }

  private ProcessInstance startBudget(MeetingRecord meeting, Map<String, Object> variables) {
    return runtimeService.startProcessInstanceByKey(BudgetVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        variables);
  }

  private static Map<String, Object> budgetForm() {
    Map<String, Object> form = new HashMap<>();
    form.put("venueRental", 2000);
    form.put("equipmentRental", 0);
    form.put("printing", 150);
    form.put("meals", 0);
    form.put("accommodation", 0);
    form.put("transport", 0);
    form.put("other", 0);
    form.put("budgetExplanation", "会议室半天");
    return form;
  }

  private void complete(Task task, String user, Map<String, Object> variables) {
    as.run(user, () -> taskService.complete(task.getId(), new HashMap<>(variables)));
  }

  private Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(group -> group != null).toList();
  }

  private long applicationId(ProcessInstance pi) {
    return applications.ofProcess(pi.getId()).id();
  }
}
