package cn.gov.agency.meeting.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.adhoc.AdhocVariables;
import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.support.AdhocSteps;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleForms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attacks of issue 22 made inside the engine, as the person (the HTTP doors are in
 * {@code HostileClientIT}): each is refused, names what was wrong and changes nothing.
 */
@ProcessTest
class PeopleCommandGuardTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  AsUser as;
  AdhocSteps adhoc;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
    adhoc = new AdhocSteps(engine);
  }

  @Test
  void aCandidateGroupCannotBeInjectedWithARevision() {
    ProcessInstance pi = adhoc.apply("wangli", SampleForms.adhocApplication());
    adhoc.decide(pi, "qianjun", "return", "请补充");
    Map<String, Object> revised = new HashMap<>(Map.of("applicantAction", "resubmit"));
    revised.put("hostDepartment", "policy,staff-policy");
    assertThatThrownBy(() -> adhoc.complete(pi, "wangli", revised))
        .isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("hostDepartment").hasMessageContaining("不是表单「adhoc-revise-application」的字段");
    assertThat(pi).isWaitingAt("reviseApplication");
    assertThat(runtimeService.getVariable(pi.getId(), "hostDepartment")).isEqualTo("policy");
  }

  @Test
  void anotherRecordsIdCannotBeSentWithADecision() {
    ProcessInstance mine = adhoc.apply("wangli", SampleForms.adhocApplication());
    ProcessInstance other = adhoc.apply("chenjing", SampleForms.adhocApplication());
    Object otherId = runtimeService.getVariable(other.getId(), AdhocVariables.APPLICATION_ID);
    Map<String, Object> decision = new HashMap<>(Map.of("leaderDecision", "approve", "applicationId", otherId));
    assertThatThrownBy(() -> adhoc.complete(mine, "qianjun", decision))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("applicationId");
    assertThat(mine).isWaitingAt("leaderApproval");
    assertThat(other).isWaitingAt("leaderApproval");
    assertThat(jdbc.queryForObject("select status from adhoc_application where id = ?", String.class, otherId))
        .isEqualTo("SUBMITTED");
  }

  @Test
  void theApplicantIsWhoeverIsLoggedInAndNobodyChoosesTheBusinessKey() {
    Map<String, Object> spoofed = SampleForms.adhocApplication();
    spoofed.put("applicant", "chenjing");
    long before = runtimeService.createProcessInstanceQuery().count();
    assertThatThrownBy(() -> adhoc.apply("wangli", spoofed))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("applicant");
    assertThatThrownBy(() -> as.run("wangli", () -> runtimeService.startProcessInstanceByKey(
        AdhocVariables.PROCESS_KEY, "adhoc-999", SampleForms.adhocApplication())))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("businessKey");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void valuesMustBeOfTheFormsKindAndAmongItsOptions() {
    ProcessInstance pi = adhoc.apply("wangli", SampleForms.adhocApplication());
    assertThatThrownBy(() -> adhoc.decide(pi, "qianjun", "approve_all", null))
        .isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("leaderDecision").hasMessageContaining("同意（approve）");
    Map<String, Object> serialized = new HashMap<>();
    serialized.put("leaderDecision", "approve");
    serialized.put("leaderComment", Variables.objectValue(List.of("x")).serializationDataFormat("application/json")
        .create());
    assertThatThrownBy(() -> adhoc.complete(pi, "qianjun", serialized))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("leaderComment");
    Map<String, Object> tooLong = new HashMap<>(Map.of("leaderDecision", "approve", "leaderComment", "长".repeat(5000)));
    assertThatThrownBy(() -> adhoc.complete(pi, "qianjun", tooLong))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("leaderComment");
    assertThat(pi).isWaitingAt("leaderApproval");
  }

  @Test
  void readOnlyFieldsAreAcceptedOnlyAsTheEchoTasklistSendsAndAreNotWrittenAgain() {
    ProcessInstance pi = adhoc.apply("wangli", SampleForms.adhocApplication());
    Task task = adhoc.task(pi);
    // What Tasklist sends: every keyed field of the form, the read-only ones with the value it showed.
    Map<String, Object> echo = new HashMap<>();
    echo.put("applicantName", "王丽");
    echo.put("hostDepartmentName", "政策法规处");
    echo.put("meetingType", "work_deployment");
    echo.put("meetingTitle", "改过的会议名称");
    echo.put("leaderDecision", "approve");
    echo.put("leaderComment", "");
    assertThatThrownBy(() -> as.run("qianjun", () -> formService.submitTaskForm(task.getId(), echo)))
        .isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("meetingTitle").hasMessageContaining("只读");

    echo.put("meetingTitle", "政策解读部署会");
    as.run("qianjun", () -> formService.submitTaskForm(task.getId(), echo));
    assertThat(pi).isWaitingAt("officeFiling");
    assertThat(runtimeService.getVariable(pi.getId(), "meetingTitle")).isEqualTo("政策解读部署会");
    assertThat(runtimeService.getVariable(pi.getId(), "leaderDecision")).isEqualTo("approve");
  }

  @Test
  void aTaskWithoutFieldsTakesNoVariables() {
    Task department = departmentPlanTask();
    assertThatThrownBy(() -> as.run("wangli", () -> taskService.complete(department.getId(),
        Map.of("department", "business"))))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("department");
    assertThat(taskService.createTaskQuery().taskId(department.getId()).count()).isEqualTo(1);
  }

  @Test
  void variablesCandidatesAndTaskPropertiesAreForAdministratorsOnly() {
    ProcessInstance pi = adhoc.apply("wangli", SampleForms.adhocApplication());
    String taskId = adhoc.task(pi).getId();
    assertThatThrownBy(() -> as.run("qianjun", () -> taskService.setVariable(taskId, "leaderDecision", "approve")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as.run("qianjun", () -> runtimeService.setVariable(pi.getId(), "hostDepartment", "x")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as.run("qianjun", () -> taskService.addCandidateGroup(taskId, "staff-policy")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as.run("qianjun", () -> taskService.setAssignee(taskId, "wangli")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as.run("qianjun", () -> {
      Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
      task.setName("改名");
      taskService.saveTask(task);
    })).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as.run("qianjun", () -> runtimeService.createMessageCorrelation("meetingCancelled")
        .processInstanceId(pi.getId()).correlateAll())).isInstanceOf(AuthorizationException.class);
    assertThat(taskService.getIdentityLinksForTask(taskId)).extracting(link -> link.getGroupId())
        .containsExactly("leader-policy");
    assertThat(runtimeService.getVariable(pi.getId(), "hostDepartment")).isEqualTo("policy");

    as.run("admin", () -> runtimeService.setVariable(pi.getId(), "repairNote", "管理员修复"));
    assertThat(runtimeService.getVariable(pi.getId(), "repairNote")).isEqualTo("管理员修复");
  }

  @Test
  void peopleClaimForThemselvesAndGiveBackOnlyWhatHasAnInbox() {
    ProcessInstance pi = adhoc.apply("wangli", SampleForms.adhocApplication());
    String taskId = adhoc.task(pi).getId();
    assertThatThrownBy(() -> as.run("qianjun", () -> taskService.claim(taskId, "sunhong")))
        .isInstanceOf(AuthorizationException.class);
    as.run("qianjun", () -> taskService.claim(taskId, "qianjun"));
    as.run("qianjun", () -> taskService.setAssignee(taskId, null));
    assertThat(adhoc.task(pi).getAssignee()).isNull();

    adhoc.decide(pi, "qianjun", "return", "请补充");
    String revision = adhoc.task(pi).getId();
    assertThat(adhoc.task(pi).getAssignee()).isEqualTo("wangli");
    assertThatThrownBy(() -> as.run("wangli", () -> taskService.setAssignee(revision, null)))
        .isInstanceOf(AuthorizationException.class);
    assertThat(adhoc.task(pi).getAssignee()).isEqualTo("wangli");
  }

  @Test
  void commentsAttachmentsAndDeletingTasksAreForAdministratorsOnly() {
    ProcessInstance pi = adhoc.apply("wangli", SampleForms.adhocApplication());
    String taskId = adhoc.task(pi).getId();
    for (String user : List.of("shenyu", "qianjun")) {
      assertThatThrownBy(() -> as.run(user, () -> taskService.createComment(taskId, pi.getId(), "意见")))
          .as(user).isInstanceOf(AuthorizationException.class);
    }
    assertThatThrownBy(() -> as.run("qianjun", () -> taskService.createAttachment("application/x-msdownload",
        taskId, pi.getId(), "setup.exe", "", new java.io.ByteArrayInputStream(new byte[] {1}))))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as.run("qianjun", () -> taskService.deleteTask(taskId)))
        .isInstanceOf(AuthorizationException.class);
    assertThat(taskService.getTaskComments(taskId)).isEmpty();
    assertThat(taskService.getTaskAttachments(taskId)).isEmpty();

    as.run("admin", () -> taskService.createComment(taskId, pi.getId(), "管理员备注"));
    assertThat(taskService.getTaskComments(taskId)).hasSize(1);
  }

  @Test
  void runningAJobByHandIsRefusedBeforeItCountsAsAFailedTry() {
    // The timer that opens next year's plan: the auditor can list it, and must not be able to fire it.
    Job job = managementService.createJobQuery().processDefinitionKey("annualPlanAutoStart").singleResult();
    int retries = job.getRetries();
    java.util.Date due = job.getDuedate();
    assertThatThrownBy(() -> as.run("shenyu", () -> managementService.executeJob(job.getId())))
        .isInstanceOf(AuthorizationException.class);
    Job after = managementService.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(retries);
    assertThat(after.getDuedate()).isEqualTo(due);
    assertThat(after.getExceptionMessage()).isNull();
  }

  @Test
  void peopleChangeTheirPasswordButNotTheirNameAndDeleteNobody() {
    assertThatThrownBy(() -> as.run("shenyu", () -> {
      User me = identityService.createUserQuery().userId("shenyu").singleResult();
      me.setFirstName("赵局长");
      identityService.saveUser(me);
    })).isInstanceOf(AuthorizationException.class);
    assertThat(identityService.createUserQuery().userId("shenyu").singleResult().getFirstName()).isEqualTo("宇");
    assertThatThrownBy(() -> as.run("shenyu", () -> identityService.deleteUser("shenyu")))
        .isInstanceOf(AuthorizationException.class);

    as.run("shenyu", () -> {
      User me = identityService.createUserQuery().userId("shenyu").singleResult();
      me.setPassword("a-new-Passw0rd");
      identityService.saveUser(me);
    });
    assertThat(identityService.checkPassword("shenyu", "a-new-Passw0rd")).isTrue();
    User me = identityService.createUserQuery().userId("shenyu").singleResult();
    me.setPassword("demo");
    identityService.saveUser(me);
  }

  @Test
  void processesTheApplicationStartsItselfCannotBeStartedByPeople() {
    long before = runtimeService.createProcessInstanceQuery().count();
    for (String key : List.of("meetingLifecycle", "budgetAdjustment", "leaveRequest", "meetingReminders")) {
      assertThatThrownBy(() -> as.run("wangli", () -> runtimeService.startProcessInstanceByKey(key)))
          .as(key).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> as.run("liming", () -> runtimeService.startProcessInstanceByKey(key)))
          .as(key).isInstanceOf(AuthorizationException.class);
    }
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  /** 编报年度会议计划 of 政策法规处: other tests of this shared engine may already have opened a plan year. */
  private Task departmentPlanTask() {
    for (int year : List.of(2027, 2026)) {
      if (open(year) == null) {
        try {
          as.run("zhouping", () -> runtimeService.startProcessInstanceByKey("annualMeetingPlan", Map.of("planYear", year)));
          break;
        } catch (RejectedProcessInput alreadyOpened) {
          // that year's plan exists, finished: try the other
        }
      }
    }
    return taskService.createTaskQuery().taskDefinitionKey("submitDepartmentPlan").taskCandidateGroup("staff-policy")
        .list().get(0);
  }

  private Task open(int year) {
    return taskService.createTaskQuery().taskDefinitionKey("submitDepartmentPlan").taskCandidateGroup("staff-policy")
        .processVariableValueEquals("planYear", year).list().stream().findFirst().orElse(null);
  }
}
