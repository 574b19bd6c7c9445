package cn.gov.agency.meeting.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.Pages;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
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
import org.springframework.web.context.WebApplicationContext;

/** Every path of processes/meeting-budget.bpmn (R6.1), run as the demo users. */
@ProcessTest
class BudgetProcessTest {

  @Autowired WebApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired BudgetService budgets;

  AsUser as;
  MeetingRecord meeting;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
    meeting = SampleMeetings.approvedMeeting(meetings);
  }

  @Test
  void budgetApprovedByTheLeaderInChargeAndFinanceBecomesTheCeiling() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("draftBudget");
    assertThat(task(pi)).hasCandidateGroup("staff-policy");

    complete(pi, "wangli", BudgetSamples.budgetForm());
    assertThat(pi).isWaitingAt("leaderBudgetReview");
    assertThat(task(pi)).hasCandidateGroup("leader-policy");
    assertThat(budgets.approvedCeiling(meeting.id())).isEmpty();

    review(pi, "qianjun", "budgetLeaderDecision", "approve", "budgetLeaderComment", null);
    assertThat(pi).isWaitingAt("financeBudgetReview");
    assertThat(task(pi)).hasCandidateGroup("finance");

    review(pi, "wuhua", "budgetFinanceDecision", "approve", "budgetFinanceComment", "同意");
    assertThat(pi).isEnded().hasPassed("budgetApproved");

    List<BudgetVersion> versions = budgets.versionsOf(meeting.id());
    assertThat(versions).hasSize(1);
    assertThat(versions.get(0).status()).isEqualTo(BudgetStatus.APPROVED);
    assertThat(versions.get(0).draftedBy()).isEqualTo("wangli");
    assertThat(versions.get(0).reviews()).extracting(BudgetVersion.Review::reviewerUserId, BudgetVersion.Review::decision)
        .containsExactly(tuple("qianjun", ReviewDecision.APPROVE),
            tuple("wuhua", ReviewDecision.APPROVE));
    BudgetCeiling ceiling = budgets.approvedCeiling(meeting.id()).orElseThrow();
    assertThat(ceiling.total()).isEqualByComparingTo("3650.50");
    assertThat(ceiling.line(BudgetLine.MEALS)).isEqualByComparingTo("1200");
    assertThat(ceiling.line(BudgetLine.EQUIPMENT_RENTAL)).isEqualByComparingTo("300.50");
    assertThat(ceiling.line(BudgetLine.TRANSPORT)).isEqualByComparingTo("0");
    assertThat(trail()).extracting(MeetingEvent::action, MeetingEvent::actorUserId).containsExactly(
        tuple("DRAFTED", "wangli"),
        tuple("LEADER_APPROVED", "qianjun"),
        tuple("FINANCE_APPROVED", "wuhua"));
  }

  @Test
  void returnedByTheLeaderThenRevisedAndApproved() {
    ProcessInstance pi = start();
    complete(pi, "wangli", BudgetSamples.budgetForm());
    review(pi, "qianjun", "budgetLeaderDecision", "return", "budgetLeaderComment", "餐费偏高，请压缩");
    assertThat(pi).isWaitingAt("reviseBudget");
    assertThat(task(pi)).hasCandidateGroup("staff-policy");
    // The comment is the version's, shown on the budget page the revise form links to; not a variable.
    assertThat(taskService.getVariables(task(pi).getId())).doesNotContainKeys("budgetLeaderComment", "meals",
        "budgetExplanation");
    assertThat(new Pages(context).get("/app/meetings/" + meeting.id() + "/budget", "wangli").body())
        .contains("餐费偏高，请压缩");

    Map<String, Object> revised = BudgetSamples.budgetForm();
    revised.put("meals", 800);
    complete(pi, "wangli", revised);
    assertThat(pi).isWaitingAt("leaderBudgetReview");
    assertThat(taskService.getVariable(task(pi).getId(), "budgetLeaderDecision"))
        .as("the earlier round's decision does not prefill the new review").isNull();
    review(pi, "qianjun", "budgetLeaderDecision", "approve", "budgetLeaderComment", null);
    review(pi, "zhengyan", "budgetFinanceDecision", "approve", "budgetFinanceComment", null);
    assertThat(pi).isEnded().hasPassed("budgetApproved");

    List<BudgetVersion> versions = budgets.versionsOf(meeting.id());
    assertThat(versions).extracting(BudgetVersion::versionNo, BudgetVersion::status).containsExactly(
        tuple(1, BudgetStatus.RETURNED),
        tuple(2, BudgetStatus.APPROVED));
    assertThat(versions.get(0).total()).isEqualByComparingTo("3650.50");
    assertThat(versions.get(0).reviews().get(0).comment()).isEqualTo("餐费偏高，请压缩");
    assertThat(budgets.approvedCeiling(meeting.id()).orElseThrow().total()).isEqualByComparingTo("3250.50");
  }

  @Test
  void returnedByFinanceThenRevisedAndApprovedKeepsEveryVersion() {
    ProcessInstance pi = start();
    complete(pi, "wangli", BudgetSamples.budgetForm());
    review(pi, "qianjun", "budgetLeaderDecision", "approve", "budgetLeaderComment", null);
    review(pi, "wuhua", "budgetFinanceDecision", "return", "budgetFinanceComment", "印刷费无依据");
    assertThat(pi).isWaitingAt("reviseBudget");
    assertThat(budgets.approvedCeiling(meeting.id())).isEmpty();

    Map<String, Object> revised = BudgetSamples.budgetForm();
    revised.put("printing", 0);
    revised.put("other", 50);
    revised.put("otherDescription", "会场布置");
    complete(pi, "wangli", revised);
    assertThat(pi).as("a revision goes back to the leader in charge first").isWaitingAt("leaderBudgetReview");
    review(pi, "qianjun", "budgetLeaderDecision", "approve", "budgetLeaderComment", null);
    review(pi, "wuhua", "budgetFinanceDecision", "approve", "budgetFinanceComment", null);
    assertThat(pi).isEnded();

    List<BudgetVersion> versions = budgets.versionsOf(meeting.id());
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).status()).isEqualTo(BudgetStatus.RETURNED);
    assertThat(versions.get(0).reviews()).extracting(BudgetVersion.Review::reviewer, BudgetVersion.Review::decision,
        BudgetVersion.Review::comment).containsExactly(
        tuple(Reviewer.LEADER, ReviewDecision.APPROVE, null),
        tuple(Reviewer.FINANCE, ReviewDecision.RETURN, "印刷费无依据"));
    BudgetCeiling ceiling = budgets.approvedCeiling(meeting.id()).orElseThrow();
    assertThat(ceiling.versionNo()).isEqualTo(2);
    assertThat(ceiling.line(BudgetLine.PRINTING)).isEqualByComparingTo("0");
    assertThat(ceiling.line(BudgetLine.OTHER)).isEqualByComparingTo("50");
    assertThat(trail()).extracting(MeetingEvent::action).containsExactly("DRAFTED", "LEADER_APPROVED",
        "FINANCE_RETURNED", "REVISED", "LEADER_APPROVED", "FINANCE_APPROVED");
  }

  @Test
  void r6_1_largeDifferenceFromEstimateNeedsReason() {
    ProcessInstance pi = start();
    Map<String, Object> form = BudgetSamples.budgetForm();
    // 5150.50 against the application's estimate of 3000.00: 71.7 % apart, above the default 30 %.
    form.put("other", 1500);
    form.put("otherDescription", "资料袋");
    assertThatThrownBy(() -> complete(pi, "wangli", form)).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("与预计费用差异说明（estimateDifferenceReason）预算合计 5150.50 元与申请时的预计费用 "
            + "3000.00 元相差 71.7%，超过 30%，必须书面说明差异原因");
    assertThat(pi).isWaitingAt("draftBudget");
    assertThat(budgets.versionsOf(meeting.id())).isEmpty();

    form.put("estimateDifferenceReason", "参会范围扩大到各区县，增加资料袋");
    complete(pi, "wangli", form);

    assertThat(pi).isWaitingAt("leaderBudgetReview");
    assertThat(budgets.versionsOf(meeting.id())).singleElement()
        .extracting(BudgetVersion::estimateDifferenceReason).isEqualTo("参会范围扩大到各区县，增加资料袋");
    assertThat(trail()).singleElement().extracting(MeetingEvent::comment).asString().endsWith("附与预计费用差异说明");
  }

  @Test
  void invalidAmountsAreRefusedNamingTheLineAndNothingIsSaved() {
    ProcessInstance pi = start();
    Task draft = task(pi);
    Map<String, Object> form = BudgetSamples.budgetForm();
    form.put("venueRental", -200);
    form.put("printing", 99.999);
    form.put("meals", 99999999);
    assertThatThrownBy(() -> complete(pi, "wangli", form)).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("场地租赁费（venueRental）不能为负数")
        .hasMessageContaining("印刷费（printing）最多精确到分")
        .hasMessageContaining("餐费（meals）超过单项上限");
    assertThat(task(pi).getId()).isEqualTo(draft.getId());
    assertThat(budgets.versionsOf(meeting.id())).isEmpty();
    assertThat(trail()).isEmpty();
  }

  @Test
  void aReturnNeedsACommentAndOnlyTheLeaderInChargeReviews() {
    ProcessInstance pi = start();
    complete(pi, "wangli", BudgetSamples.budgetForm());
    assertThatThrownBy(() -> review(pi, "qianjun", "budgetLeaderDecision", "return", "budgetLeaderComment", " "))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("budgetLeaderComment");
    String taskId = task(pi).getId();
    assertThatThrownBy(() -> as.run("sunhong", () -> taskService.complete(taskId,
        Map.of("budgetLeaderDecision", "approve")))).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as.run("wuhua", () -> taskService.complete(taskId,
        Map.of("budgetLeaderDecision", "approve")))).isInstanceOf(AuthorizationException.class);
    assertThat(pi).isWaitingAt("leaderBudgetReview");
    assertThat(budgets.versionsOf(meeting.id()).get(0).status()).isEqualTo(BudgetStatus.SUBMITTED);
  }

  private ProcessInstance start() {
    return runtimeService.startProcessInstanceByKey(BudgetVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting));
  }

  private void review(ProcessInstance pi, String user, String decisionField, String decision, String commentField,
      String comment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(decisionField, decision);
    variables.put(commentField, comment);
    complete(pi, user, variables);
  }

  private void complete(ProcessInstance pi, String user, Map<String, Object> variables) {
    String taskId = task(pi).getId();
    as.run(user, () -> taskService.complete(taskId, variables));
  }

  private Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private List<MeetingEvent> trail() {
    return events.of(meeting.id()).stream().filter(e -> e.stage().equals("budget")).toList();
  }
}
