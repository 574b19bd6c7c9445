package cn.gov.agency.meeting.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.adhoc.AdhocApplication;
import cn.gov.agency.meeting.adhoc.AdhocApplicationService;
import cn.gov.agency.meeting.adhoc.AdhocVariables;
import cn.gov.agency.meeting.support.AdhocSteps;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.EngineTexts;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleForms;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a person types into a form, through every door the guard watches (a start, a form
 * submission as Tasklist sends it, a completion), reaches the step after it and its table — and never
 * the engine's variables, their history or the history of submitted form properties.
 */
@ProcessTest
class TransientHandOverProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired AdhocApplicationService applications;
  @Autowired JdbcTemplate jdbc;

  AsUser as;
  AdhocSteps adhoc;
  EngineTexts engineTexts;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
    adhoc = new AdhocSteps(engine);
    engineTexts = new EngineTexts(jdbc);
  }

  @Test
  void aStartFormSubmittedAsTasklistDoesKeepsItsTextsInTheApplicationOnly() {
    String marker = marker();
    Map<String, Object> form = SampleForms.adhocApplication();
    form.put("necessity", "必要性" + marker);
    form.put("content", "内容" + marker);
    form.put("place", "地点" + marker);
    form.put("externalGuests", "张三，单位" + marker);
    form.put("budgetEstimate", 4321.09);
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(AdhocVariables.PROCESS_KEY)
        .latestVersion().singleResult().getId();

    ProcessInstance pi = as.call("wangli", () -> formService.submitStartForm(definition, form));

    assertThat(pi).isWaitingAt("leaderApproval");
    AdhocApplication application = applications.ofProcess(pi.getId());
    assertThat(application.necessity()).isEqualTo("必要性" + marker);
    assertThat(application.content()).isEqualTo("内容" + marker);
    assertThat(application.place()).isEqualTo("地点" + marker);
    assertThat(application.participants()).anySatisfy(p -> assertThat(p.guestUnit()).isEqualTo("单位" + marker));
    assertThat(application.budgetEstimate()).isEqualByComparingTo("4321.09");
    assertThat(engineTexts.holding(marker)).isEmpty();
    assertThat(engineTexts.holdingNumber(4321.09)).isEmpty();
    // What the form keeps as a variable (the title that names the tasks) and what the process sets stay.
    assertThat(runtimeService.getVariable(pi.getId(), "meetingTitle")).isEqualTo("政策解读部署会");
    assertThat(runtimeService.getVariable(pi.getId(), "meetingType")).isEqualTo("work_deployment");
    assertThat(runtimeService.getVariable(pi.getId(), AdhocVariables.APPLICATION_ID)).isEqualTo(application.id());
  }

  @Test
  void aTaskFormsCommentReachesTheRecordAndNotTheEngineWhicheverDoorItTakes() {
    String submitted = marker();
    String completed = marker();
    ProcessInstance returned = adhoc.apply("wangli", SampleForms.adhocApplication());
    Task task = adhoc.task(returned);
    as.run("qianjun", () -> formService.submitTaskForm(task.getId(),
        Map.of("leaderDecision", "return", "leaderComment", "退回" + submitted)));
    ProcessInstance rejected = adhoc.apply("wangli", SampleForms.adhocApplication());
    adhoc.decide(rejected, "qianjun", "reject", "不同意" + completed);

    assertThat(returned).isWaitingAt("reviseApplication");
    assertThat(rejected).isEnded();
    assertThat(applications.ofProcess(returned.getId()).events()).extracting(AdhocApplication.Event::comment)
        .contains("退回" + submitted);
    assertThat(applications.ofProcess(rejected.getId()).events()).extracting(AdhocApplication.Event::comment)
        .contains("不同意" + completed);
    assertThat(engineTexts.holding(submitted)).isEmpty();
    assertThat(engineTexts.holding(completed)).isEmpty();
    // The decision routes, so it stays a variable.
    assertThat(runtimeService.getVariable(returned.getId(), "leaderDecision")).isEqualTo("return");
  }

  @Test
  void aTextTypedBeforeTheHandOverIsRemovedFromTheInstanceWhenItsFieldIsSubmittedAgain() {
    ProcessInstance pi = adhoc.apply("wangli", SampleForms.adhocApplication());
    // As versions before the hand-over left it: the comment of an earlier round kept as a variable.
    runtimeService.setVariable(pi.getId(), "leaderComment", "旧的审批意见");
    Map<String, Object> decision = new HashMap<>(Map.of("leaderDecision", "return", "leaderComment", "请补充"));
    adhoc.complete(pi, "qianjun", decision);

    assertThat(pi).isWaitingAt("reviseApplication");
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey("leaderComment");
    assertThat(applications.ofProcess(pi.getId()).events()).extracting(AdhocApplication.Event::comment)
        .contains("请补充");
  }

  private static String marker() {
    return "〔" + UUID.randomUUID() + "〕";
  }
}
