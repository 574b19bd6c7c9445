package cn.gov.agency.meeting.adhoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.support.AdhocSteps;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.Pages;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleForms;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
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
import org.springframework.web.context.WebApplicationContext;

/** Every path of processes/adhoc-meeting-application.bpmn, run as the demo users. */
@ProcessTest
class AdhocMeetingApplicationProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired AdhocApplicationService applications;
  @Autowired MeetingRows meetings;
  @Autowired JdbcTemplate jdbc;
  @Autowired WebApplicationContext context;

  AsUser as;
  AdhocSteps adhoc;
  Pages pages;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
    adhoc = new AdhocSteps(engine);
    pages = new Pages(context);
  }

  @Test
  void approvedApplicationIsFiledByTheOfficeAndBecomesAMeeting() {
    ProcessInstance pi = adhoc.apply("wangli", SampleForms.adhocApplication());
    assertThat(pi).isWaitingAt("leaderApproval");
    assertThat(adhoc.task(pi)).hasCandidateGroup("leader-policy");
    assertThat(pi).variables().containsEntry("hostDepartment", "policy")
        .containsEntry("hostDepartmentName", "政策法规处").containsEntry("applicantName", "王丽");

    adhoc.decide(pi, "qianjun", "approve", null);
    assertThat(pi).isWaitingAt("officeFiling");
    assertThat(adhoc.task(pi)).hasCandidateGroup("office");

    adhoc.complete(pi, "zhouping", Map.of("filingNote", "已备案"));
    assertThat(pi).isEnded().hasPassed("fileMeeting").isEnded();
    AdhocApplication application = applications.find(applicationId(pi));
    assertThat(application.status()).isEqualTo(ApplicationStatus.FILED);
    assertThat(application.events()).extracting(AdhocApplication.Event::action).containsExactly(
        ApplicationAction.SUBMITTED, ApplicationAction.APPROVED, ApplicationAction.FILED);
    assertThat(application.events()).extracting(AdhocApplication.Event::actorUserId)
        .containsExactly("wangli", "qianjun", "zhouping");

    var meeting = meetings.find(application.meetingId()).orElseThrow();
    assertThat(meeting.status()).isEqualTo(MeetingStatus.APPROVED);
    assertThat(meeting.title()).isEqualTo("政策解读部署会");
    assertThat(meeting.hostDepartmentCode()).isEqualTo("policy");
    assertThat(meeting.budgetEstimate()).isEqualByComparingTo("1200.50");
    assertThat(meeting.participantCount()).isEqualTo(3);
    assertThat(meeting.filingNumber()).matches("BA\\d{4}-\\d{5}");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("meetingId").singleResult().getValue()).isEqualTo(meeting.id());
  }

  @Test
  void onlyTheLeaderInChargeOfTheHostDepartmentMayDecide() {
    ProcessInstance pi = adhoc.apply("chenjing", SampleForms.adhocApplication());
    assertThat(adhoc.task(pi)).hasCandidateGroup("leader-business");
    Task task = adhoc.task(pi);
    assertThat(as.call("sunhong", () -> taskService.createTaskQuery().taskId(task.getId()).count())).isZero();
    assertThatThrownBy(() -> as.run("sunhong", () -> taskService.complete(task.getId(),
        Map.of("leaderDecision", "approve")))).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as.run("wangli", () -> taskService.complete(task.getId(),
        Map.of("leaderDecision", "approve")))).isInstanceOf(AuthorizationException.class);
    assertThat(pi).isWaitingAt("leaderApproval");
  }

  @Test
  void rejectedApplicationEndsWithTheLeadersReason() {
    ProcessInstance pi = adhoc.apply("wangli", SampleForms.adhocApplication());
    adhoc.decide(pi, "qianjun", "reject", "本月已安排同类会议");
    assertThat(pi).isEnded().hasPassed("applicationRejected");
    AdhocApplication application = applications.find(applicationId(pi));
    assertThat(application.status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(application.events().get(1).comment()).isEqualTo("本月已安排同类会议");
    assertThat(application.meetingId()).isNull();
  }

  @Test
  void returnedApplicationIsRevisedOnItsPageResubmittedAndApproved() {
    ProcessInstance pi = adhoc.apply("wangli", SampleForms.adhocApplication());
    adhoc.decide(pi, "qianjun", "return", "请压缩参会人数");
    assertThat(pi).isWaitingAt("reviseApplication");
    assertThat(adhoc.task(pi)).isAssignedTo("wangli");
    // The leader's reason is the application's, shown on its page; the engine keeps none of it.
    assertThat(taskService.getVariables(adhoc.task(pi).getId())).doesNotContainKeys("leaderComment", "necessity",
        "content", "place", "participants");
    String page = "/app/adhoc-applications/" + applicationId(pi);
    assertThat(pages.get(page, "wangli").body()).contains("请压缩参会人数", "修改申请", "保存修改");
    assertThat(pages.get(page, "qianjun").body()).contains("请压缩参会人数").doesNotContain("保存修改");

    Map<String, String> revised = pageForm(SampleForms.adhocApplication());
    revised.put("participants", "冯刚");
    revised.put("externalGuests", "");
    revised.put("meetingTitle", "政策解读部署会（压缩规模）");
    assertThat(pages.post(page, "qianjun", revised).status()).as("only the applicant revises").isEqualTo(403);
    assertThat(pages.post(page, "wangli", revised).status()).isEqualTo(302);
    assertThat(applications.find(applicationId(pi)).participants()).hasSize(1);
    assertThat(pi).isWaitingAt("reviseApplication");

    adhoc.complete(pi, "wangli", Map.of("applicantAction", "resubmit"));
    assertThat(pi).isWaitingAt("leaderApproval");
    AdhocApplication application = applications.find(applicationId(pi));
    assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(application.participants()).hasSize(1);
    assertThat(runtimeService.getVariable(pi.getId(), "meetingTitle")).isEqualTo("政策解读部署会（压缩规模）");
    assertThat(pages.post(page, "wangli", revised).body()).as("no longer returned")
        .contains("只有被分管领导退回的申请才能修改");

    adhoc.decide(pi, "qianjun", "approve", "同意");
    adhoc.complete(pi, "liming", Map.of());
    assertThat(pi).isEnded().hasPassed("applicationFiled");
    assertThat(applications.find(applicationId(pi)).events()).extracting(AdhocApplication.Event::action)
        .containsExactly(ApplicationAction.SUBMITTED, ApplicationAction.RETURNED, ApplicationAction.REVISED,
            ApplicationAction.RESUBMITTED, ApplicationAction.APPROVED, ApplicationAction.FILED);
  }

  @Test
  void returnedApplicationCanBeWithdrawn() {
    ProcessInstance pi = adhoc.apply("wangli", SampleForms.adhocApplication());
    adhoc.decide(pi, "qianjun", "return", "请补充必要性说明");
    adhoc.complete(pi, "wangli", Map.of("applicantAction", "withdraw"));
    assertThat(pi).isEnded().hasPassed("applicationWithdrawn");
    assertThat(applications.find(applicationId(pi)).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
  }

  @Test
  void invalidApplicationStartsNothingAndSavesNothing() {
    long applicationsBefore = countApplications();
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();
    Map<String, Object> form = SampleForms.adhocApplication();
    form.put("plannedEnd", "2030-03-02T08:00");
    form.put("budgetEstimate", -1);
    form.put("participants", "");
    form.put("externalGuests", "");
    assertThatThrownBy(() -> adhoc.apply("wangli", form))
        .isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("plannedEnd").hasMessageContaining("必须晚于开始时间")
        .hasMessageContaining("budgetEstimate").hasMessageContaining("不能为负数")
        .hasMessageContaining("participants").hasMessageContaining("至少需要一名参会人员");
    assertThat(countApplications()).isEqualTo(applicationsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  @Test
  void rejectionWithoutReasonIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = adhoc.apply("wangli", SampleForms.adhocApplication());
    Task task = adhoc.task(pi);
    assertThatThrownBy(() -> adhoc.decide(pi, "qianjun", "reject", " "))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("leaderComment");
    assertThatThrownBy(() -> adhoc.decide(pi, "qianjun", "maybe", null))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("leaderDecision");
    assertThat(adhoc.task(pi).getId()).isEqualTo(task.getId());
    assertThat(applications.find(applicationId(pi)).events()).hasSize(1);
  }

  @Test
  void invalidRevisionKeepsTheReturnedApplicationUnchanged() {
    ProcessInstance pi = adhoc.apply("wangli", SampleForms.adhocApplication());
    adhoc.decide(pi, "qianjun", "return", "请修改时间");
    Map<String, String> revised = pageForm(SampleForms.adhocApplication());
    revised.put("plannedStart", "not a date");
    revised.put("content", "改过的内容");
    Pages.Page answer = pages.post("/app/adhoc-applications/" + applicationId(pi), "wangli", revised);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("申请未能保存", "开始时间", "不是有效的日期时间");
    // The form's fields are no longer the revise task's: the content is revised on the page only.
    Map<String, Object> throughTheTask = new HashMap<>(SampleForms.adhocApplication());
    throughTheTask.put("applicantAction", "resubmit");
    assertThatThrownBy(() -> adhoc.complete(pi, "wangli", throughTheTask))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("不是表单「adhoc-revise-application」的字段");
    assertThat(pi).isWaitingAt("reviseApplication");
    AdhocApplication application = applications.find(applicationId(pi));
    assertThat(application.status()).isEqualTo(ApplicationStatus.RETURNED);
    assertThat(application.content()).isEqualTo("解读新政策，分解任务");
  }

  /** The application form's values as the page posts them. */
  private static Map<String, String> pageForm(Map<String, Object> form) {
    Map<String, String> posted = new HashMap<>();
    form.forEach((name, value) -> posted.put(name, String.valueOf(value)));
    return posted;
  }

  @Test
  void r1_2_limitExceededWarnsApplicantLeaderAndOffice() throws Exception {
    Map<String, Object> form = new HashMap<>(SampleForms.adhocApplication());
    form.put("plannedStart", "2042-03-02T09:00");
    form.put("plannedEnd", "2042-03-02T11:30");
    // Above the default yearly cost limit of the department (meeting.limits.defaults.cost: 200000).
    form.put("budgetEstimate", 250000);
    ProcessInstance pi = adhoc.apply("wangli", form);
    String warning = "会议经费将达";

    String page = "/app/adhoc-applications/" + applicationId(pi);
    assertThat(pages.get(page, "wangli").body()).as("the applicant").contains("会议控制指标提示", warning);

    Task leaderTask = adhoc.task(pi);
    assertThat((String) taskService.getVariable(leaderTask.getId(), "meetingLimitWarning"))
        .as("the leader's form field").contains("超出本部门2042年会议控制指标", warning, "控制数 200000 元");
    assertThat(deployedForm(leaderTask)).contains("\"key\": \"meetingLimitWarning\"");

    adhoc.decide(pi, "qianjun", "approve", null);
    Task filing = adhoc.task(pi);
    assertThat((String) taskService.getVariable(filing.getId(), "meetingLimitWarning")).as("the office filing")
        .contains(warning);
    assertThat(deployedForm(filing)).contains("\"key\": \"meetingLimitWarning\"");
    adhoc.complete(pi, "zhouping", Map.of("filingNote", "已备案"));
    assertThat(pages.get("/app/figures?year=2042", "liming").body()).as("the office's figures")
        .contains("控制指标", "200000（超出）");
  }

  private String deployedForm(Task task) throws java.io.IOException {
    try (var form = engine.getFormService().getDeployedTaskForm(task.getId())) {
      return new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private long applicationId(ProcessInstance pi) {
    return (Long) historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("applicationId").singleResult().getValue();
  }

  private long countApplications() {
    return jdbc.queryForObject("select count(*) from adhoc_application", Long.class);
  }
}
