package cn.gov.agency.meeting.reimbursement;

import static cn.gov.agency.meeting.reimbursement.ReimbursementSamples.item;
import static cn.gov.agency.meeting.reimbursement.ReimbursementSamples.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.budget.BudgetAdjustments;
import cn.gov.agency.meeting.budget.BudgetCeiling;
import cn.gov.agency.meeting.budget.BudgetLine;
import cn.gov.agency.meeting.budget.BudgetService;
import cn.gov.agency.meeting.budget.BudgetStatus;
import cn.gov.agency.meeting.budget.BudgetVersion;
import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.Pages;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every path of processes/meeting-reimbursement.bpmn and processes/budget-adjustment.bpmn (R6.2),
 * run as the demo users: 王丽 files, 钱军 (leader in charge) and 吴华 / 郑艳 (finance) decide.
 */
@ProcessTest
class ReimbursementProcessTest {

  @Autowired WebApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired TrailLabels labels;
  @Autowired ReimbursementService claims;
  @Autowired BudgetService budgets;
  @Autowired BudgetAdjustments adjustments;
  @Autowired JdbcTemplate jdbc;

  AsUser as;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
  }

  @Test
  void aClaimWithinTheBudgetIsReviewedItemByItemAndReimbursed() {
    MeetingRecord meeting = heldMeeting(LocalDateTime.of(2031, 4, 7, 9, 0));
    insertNotice(meeting);
    ProcessInstance pi = start(meeting);
    assertThat(pi).isWaitingAt("fileClaim");
    assertThat(task(pi)).hasCandidateGroup("staff-policy");
    assertThat(claims.view(meeting.id()).attachments()).extracting(ClaimAttachment::kind, ClaimAttachment::reference)
        .containsExactly(
            tuple(ClaimAttachment.AttachmentKind.NOTICE, "/app/meetings/" + meeting.id() + "/notice"),
            tuple(ClaimAttachment.AttachmentKind.SIGN_IN_SHEET, "/app/meetings/" + meeting.id() + "/sign-in-sheet"));

    ClaimItem venue = withInvoice(meeting, item("venueRental", 2000, "会议室租金"));
    ClaimItem meals = withInvoice(meeting, item("meals", 1150.5, "工作餐 40 人"));
    complete(pi, "wangli", Map.of());
    assertThat(pi).isWaitingAt("financeReviewClaim");
    assertThat(task(pi)).hasCandidateGroup("finance");
    assertThat(claims.claimOf(meeting.id()).status()).isEqualTo(ClaimStatus.IN_REVIEW);

    claims.reviewItem(meeting.id(), venue.id(), Map.of("decision", "accept"), "wuhua");
    claims.reviewItem(meeting.id(), meals.id(), Map.of("decision", "accept"), "wuhua");
    complete(pi, "wuhua", Map.of("claimFinanceDecision", "accept"));
    assertThat(pi).isEnded().hasPassed("claimReimbursed");

    Claim claim = claims.claimOf(meeting.id());
    assertThat(claim.status()).isEqualTo(ClaimStatus.REIMBURSED);
    assertThat(claim.reimbursedTotal()).isEqualTo(new BigDecimal("3150.50"));
    assertThat(claim.reimbursedBy()).isEqualTo("wuhua");
    assertThat(claim.reimbursedAt()).isNotNull();
    assertThat(claims.reimbursedTotal(meeting.id())).contains(new BigDecimal("3150.50"));
    assertThat(trail(meeting, "reimbursement")).extracting(MeetingEvent::action, MeetingEvent::actorUserId)
        .containsExactly(tuple("OPENED", "system"), tuple("ITEM_ADDED", "wangli"), tuple("INVOICE_UPLOADED", "wangli"),
            tuple("ITEM_ADDED", "wangli"), tuple("INVOICE_UPLOADED", "wangli"), tuple("SUBMITTED", "wangli"),
            tuple("ITEM_ACCEPTED", "wuhua"), tuple("ITEM_ACCEPTED", "wuhua"), tuple("REIMBURSED", "wuhua"));
    assertThat(events.of(meeting.id())).allSatisfy(event -> {
      assertThat(labels.stage(event.stage())).isNotEqualTo(event.stage());
      assertThat(labels.action(event.stage(), event.action())).as("%s.%s", event.stage(), event.action())
          .isNotEqualTo(event.action());
    });
  }

  @Test
  void aClaimOverALineOrTheTotalIsRefusedNamingTheLineAndTheAmounts() {
    MeetingRecord meeting = heldMeeting(LocalDateTime.of(2031, 4, 8, 9, 0));
    ProcessInstance pi = start(meeting);
    withInvoice(meeting, item("meals", 1300, "工作餐"));
    withInvoice(meeting, item("venueRental", 1000, "会议室"));
    Task filing = task(pi);
    assertThatThrownBy(() -> complete(pi, "wangli", Map.of())).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("餐费（meals）报销 1300.00 元，超出批准预算 1200.00 元")
        .message().doesNotContain("合计");

    withInvoice(meeting, item("equipmentRental", 300.5, "投影仪"));
    withInvoice(meeting, item("printing", 150, "材料印刷"));
    withInvoice(meeting, item("venueRental", 1000, "会议室（下午）"));
    assertThatThrownBy(() -> complete(pi, "wangli", Map.of())).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("餐费（meals）报销 1300.00 元，超出批准预算 1200.00 元")
        .hasMessageContaining("合计（total）报销 3750.50 元，超出批准预算 3650.50 元");
    assertThat(task(pi).getId()).isEqualTo(filing.getId());
    assertThat(claims.view(meeting.id()).versions()).isEmpty();
    assertThat(claims.claimOf(meeting.id()).status()).isEqualTo(ClaimStatus.DRAFTING);
  }

  @Test
  void anAdjustmentApprovedByTheLeaderAndFinanceRaisesTheCeilingAndTheSameClaimPasses() {
    MeetingRecord meeting = heldMeeting(LocalDateTime.of(2031, 4, 9, 9, 0));
    ProcessInstance pi = start(meeting);
    withInvoice(meeting, item("meals", 1300, "工作餐"));
    assertThatThrownBy(() -> complete(pi, "wangli", Map.of())).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("餐费（meals）");

    assertThatThrownBy(() -> adjustments.request(meeting.id(), ReimbursementSamples.adjustmentForm(), user("fenggang")))
        .as("the head of department does not draft budgets").isInstanceOf(AuthorizationException.class);
    Map<String, Object> noReason = ReimbursementSamples.adjustmentForm();
    noReason.remove("adjustmentReason");
    assertThatThrownBy(() -> adjustments.request(meeting.id(), noReason, user("wangli")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("调整理由（adjustmentReason）必须填写");

    // Started as wangli with her real groups: the grant to start 预算调整 is checked.
    BudgetVersion requested = as.call("wangli",
        () -> adjustments.request(meeting.id(), ReimbursementSamples.adjustmentForm(), user("wangli")));
    assertThat(requested.adjustment()).isTrue();
    assertThat(requested.status()).isEqualTo(BudgetStatus.SUBMITTED);
    ProcessInstance adjustment = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("budgetAdjustment").processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult();
    assertThat(adjustment).isWaitingAt("leaderAdjustmentReview");
    assertThat(task(adjustment)).hasCandidateGroup("leader-policy");
    // The reviewers read the requested change on the budget page the form links to: what changes, and why.
    assertThat(taskService.getVariables(task(adjustment).getId())).doesNotContainKey("adjustmentSummary");
    String budgetPage = new Pages(context).get("/app/meetings/" + meeting.id() + "/budget", "qianjun").body();
    assertThat(budgetPage).contains("预算调整", "调整前（第1版，元）", "<strong>1300.00</strong>", "3750.50",
        "调整理由：参会人数增加，工作餐超出预算");
    assertThat(budgets.approvedCeiling(meeting.id()).orElseThrow().line(BudgetLine.MEALS))
        .as("not before it is approved").isEqualByComparingTo("1200");
    assertThatThrownBy(() -> adjustments.request(meeting.id(), ReimbursementSamples.adjustmentForm(), user("wangli")))
        .as("one adjustment at a time").isInstanceOf(InvalidInputException.class).hasMessageContaining("正在审批中");

    complete(adjustment, "qianjun", Map.of("budgetLeaderDecision", "approve"));
    assertThat(adjustment).isWaitingAt("financeAdjustmentReview");
    assertThat(task(adjustment)).hasCandidateGroup("finance");
    complete(adjustment, "zhengyan", Map.of("budgetFinanceDecision", "approve", "budgetFinanceComment", "同意调整"));
    assertThat(adjustment).isEnded().hasPassed("adjustmentApproved");

    BudgetCeiling ceiling = budgets.approvedCeiling(meeting.id()).orElseThrow();
    assertThat(ceiling.versionNo()).isEqualTo(2);
    assertThat(ceiling.line(BudgetLine.MEALS)).isEqualByComparingTo("1300");
    assertThat(ceiling.total()).isEqualByComparingTo("3750.50");
    assertThat(budgets.versionsOf(meeting.id())).extracting(BudgetVersion::versionNo, BudgetVersion::status,
        BudgetVersion::adjustment).containsExactly(tuple(1, BudgetStatus.APPROVED, false),
        tuple(2, BudgetStatus.APPROVED, true));

    complete(pi, "wangli", Map.of());
    assertThat(pi).isWaitingAt("financeReviewClaim");
    ClaimItem meals = claims.view(meeting.id()).items().get(0);
    claims.reviewItem(meeting.id(), meals.id(), Map.of("decision", "accept"), "zhengyan");
    complete(pi, "zhengyan", Map.of("claimFinanceDecision", "accept"));
    assertThat(pi).isEnded();
    assertThat(claims.reimbursedTotal(meeting.id())).contains(new BigDecimal("1300.00"));
    assertThat(trail(meeting, "budget")).extracting(MeetingEvent::action).containsSubsequence(
        "ADJUSTMENT_REQUESTED", "ADJUSTMENT_LEADER_APPROVED", "ADJUSTMENT_FINANCE_APPROVED");
  }

  @Test
  void anAdjustmentReturnedByTheLeaderChangesNothing() {
    MeetingRecord meeting = heldMeeting(LocalDateTime.of(2031, 4, 10, 9, 0));
    as.run("wangli", () -> adjustments.request(meeting.id(), ReimbursementSamples.adjustmentForm(), user("wangli")));
    ProcessInstance adjustment = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("budgetAdjustment").processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult();
    assertThatThrownBy(() -> complete(adjustment, "sunhong", Map.of("budgetLeaderDecision", "approve")))
        .as("another department's leader").isInstanceOf(AuthorizationException.class);
    complete(adjustment, "qianjun", Map.of("budgetLeaderDecision", "return", "budgetLeaderComment", "请压缩餐费"));
    assertThat(adjustment).isEnded().hasPassed("adjustmentReturned");
    assertThat(budgets.approvedCeiling(meeting.id()).orElseThrow().versionNo()).isEqualTo(1);
    assertThat(budgets.versionsOf(meeting.id()).get(1).status()).isEqualTo(BudgetStatus.RETURNED);
    assertThat(trail(meeting, "budget")).extracting(MeetingEvent::action).endsWith("ADJUSTMENT_LEADER_RETURNED");
  }

  @Test
  void anItemReturnedWithAReasonIsRevisedAndThenAccepted() {
    MeetingRecord meeting = heldMeeting(LocalDateTime.of(2031, 4, 11, 9, 0));
    ProcessInstance pi = start(meeting);
    ClaimItem venue = withInvoice(meeting, item("venueRental", 2000, "会议室租金"));
    ClaimItem printing = withInvoice(meeting, item("printing", 150, "材料印刷"));
    complete(pi, "wangli", Map.of());

    claims.reviewItem(meeting.id(), venue.id(), Map.of("decision", "accept"), "wuhua");
    assertThatThrownBy(() -> claims.reviewItem(meeting.id(), printing.id(), Map.of("decision", "return"), "wuhua"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("退回理由（reason）退回时必须写明理由");
    assertThatThrownBy(() -> complete(pi, "wuhua", Map.of("claimFinanceDecision", "accept")))
        .as("an item is not reviewed yet").isInstanceOf(RejectedProcessInput.class).hasMessageContaining("“材料印刷”");
    claims.reviewItem(meeting.id(), printing.id(), Map.of("decision", "return", "reason", "发票抬头不是本单位"), "wuhua");
    assertThatThrownBy(() -> complete(pi, "wuhua", Map.of("claimFinanceDecision", "accept")))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("以下明细已退回，不能通过报销：“材料印刷”");
    complete(pi, "wuhua", Map.of("claimFinanceDecision", "return"));
    assertThat(pi).isWaitingAt("reviseClaim");
    assertThat(task(pi)).hasCandidateGroup("staff-policy");
    assertThat(taskService.getVariables(task(pi).getId())).doesNotContainKeys("claimReturnedItems",
        "claimFinanceComment");
    assertThat(new Pages(context).get("/app/meetings/" + meeting.id() + "/reimbursement", "wangli").body())
        .contains("发票抬头不是本单位", "财务审核结论", "退回修改");

    assertThatThrownBy(() -> claims.updateItem(meeting.id(), venue.id(), item("venueRental", 1, "x"), "wangli"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("已通过财务审核，不能再修改");
    claims.updateItem(meeting.id(), printing.id(), item("printing", 140, "材料印刷（更正抬头）"), "wangli");
    claims.uploadInvoice(meeting.id(), printing.id(), "更正发票.pdf", pdf("更正"), "wangli");
    complete(pi, "wangli", Map.of());
    assertThat(pi).isWaitingAt("financeReviewClaim");
    assertThat(taskService.getVariable(task(pi).getId(), "claimFinanceDecision"))
        .as("the last round's decision does not prefill the new review").isNull();
    assertThat(claims.view(meeting.id()).items()).extracting(ClaimItem::status)
        .containsExactly(ItemStatus.ACCEPTED, ItemStatus.PENDING);

    claims.reviewItem(meeting.id(), printing.id(), Map.of("decision", "accept"), "wuhua");
    complete(pi, "wuhua", Map.of("claimFinanceDecision", "accept"));
    assertThat(pi).isEnded().hasPassed("claimReimbursed");

    ClaimView view = claims.view(meeting.id());
    assertThat(view.claim().reimbursedTotal()).isEqualTo(new BigDecimal("2140.00"));
    assertThat(view.versions()).extracting(ClaimVersion::versionNo, ClaimVersion::total)
        .containsExactly(tuple(1, new BigDecimal("2150.00")), tuple(2, new BigDecimal("2140.00")));
    assertThat(view.reviews()).extracting(ItemReview::versionNo, ItemReview::amount, ItemReview::decision,
        ItemReview::reason).containsExactly(
        tuple(1, new BigDecimal("2000.00"), ItemStatus.ACCEPTED, null),
        tuple(1, new BigDecimal("150.00"), ItemStatus.RETURNED, "发票抬头不是本单位"),
        tuple(2, new BigDecimal("140.00"), ItemStatus.ACCEPTED, null));
    assertThat(trail(meeting, "reimbursement")).extracting(MeetingEvent::action)
        .containsSubsequence("SUBMITTED", "ITEM_RETURNED", "RETURNED", "ITEM_CHANGED", "RESUBMITTED", "REIMBURSED");
  }

  @Test
  void amountsAreExactDecimals() {
    MeetingRecord meeting = heldMeeting(LocalDateTime.of(2031, 4, 14, 9, 0));
    ProcessInstance pi = start(meeting);
    // As forms send them: Doubles. 0.1 + 0.2 is 0.30000000000000004 in floating point.
    ClaimItem a = withInvoice(meeting, item("printing", 0.1, "复印"));
    ClaimItem b = withInvoice(meeting, item("printing", 0.2, "复印"));
    assertThat(a.amount()).isEqualTo(new BigDecimal("0.10"));
    assertThat(claims.view(meeting.id()).claimedTotal()).isEqualTo(new BigDecimal("0.30"));
    complete(pi, "wangli", Map.of());
    claims.reviewItem(meeting.id(), a.id(), Map.of("decision", "accept"), "wuhua");
    claims.reviewItem(meeting.id(), b.id(), Map.of("decision", "accept"), "wuhua");
    complete(pi, "wuhua", Map.of("claimFinanceDecision", "accept"));
    assertThat(claims.reimbursedTotal(meeting.id())).contains(new BigDecimal("0.30"));
    assertThat(jdbc.queryForObject("select reimbursed_total from reimbursement_claim where meeting_id = ?",
        BigDecimal.class, meeting.id())).isEqualTo(new BigDecimal("0.30"));
  }

  @Test
  void invalidItemsAreRefusedNamingTheFieldAndNothingIsSaved() {
    MeetingRecord meeting = heldMeeting(LocalDateTime.of(2031, 4, 15, 9, 0));
    start(meeting);
    assertThatThrownBy(() -> claims.addItem(meeting.id(), item("lunch", 0, " "), "wangli"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("预算科目（line）请选择预算科目")
        .hasMessageContaining("金额（元）（amount）必须大于 0")
        .hasMessageContaining("支出说明（description）必须填写");
    assertThatThrownBy(() -> claims.addItem(meeting.id(), item("meals", 12.345, "餐费"), "wangli"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("金额（元）（amount）最多保留 2 位小数");
    assertThatThrownBy(() -> claims.addItem(meeting.id(), item("meals", -5, "餐费"), "wangli"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("amount");
    assertThat(claims.view(meeting.id()).items()).isEmpty();
  }

  @Test
  void nothingIsClaimedWithoutInvoicesOrBeforeTheMeetingIsHeld() {
    MeetingRecord meeting = heldMeeting(LocalDateTime.of(2031, 4, 16, 9, 0));
    ProcessInstance pi = start(meeting);
    assertThatThrownBy(() -> complete(pi, "wangli", Map.of())).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("请先在报销页面填写报销明细");
    claims.addItem(meeting.id(), item("meals", 100, "工作餐"), "wangli");
    assertThatThrownBy(() -> complete(pi, "wangli", Map.of())).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("以下明细尚未上传发票：“工作餐”（餐费 100.00 元）");

    MeetingRecord notHeld = SampleMeetings.approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2031, 4, 17, 9, 0));
    assertThatThrownBy(() -> start(notHeld)).hasStackTraceContaining("not HELD");
  }

  private ClaimItem withInvoice(MeetingRecord meeting, Map<String, Object> item) {
    ClaimItem added = claims.addItem(meeting.id(), item, "wangli");
    claims.uploadInvoice(meeting.id(), added.id(), "发票.pdf", pdf(added.description()), "wangli");
    return claims.view(meeting.id()).items().stream().filter(i -> i.id() == added.id()).findFirst().orElseThrow();
  }

  private MeetingRecord heldMeeting(LocalDateTime start) {
    return ReimbursementSamples.heldMeetingWithBudget(meetings, runtimeService, taskService, as, start);
  }

  private ProcessInstance start(MeetingRecord meeting) {
    return runtimeService.startProcessInstanceByKey(ReimbursementVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting));
  }

  private void insertNotice(MeetingRecord meeting) {
    jdbc.update("""
        insert into meeting_notice (meeting_id, process_instance_id, requirements, preparations, late, important,
                                    document, status, drafted_by, drafted_at, sent_at)
        values (?, 'test', '准时参会', '无', false, false, '<p>通知</p>', 'SENT', 'zhouping', current_timestamp,
                current_timestamp)""", meeting.id());
  }

  private void complete(ProcessInstance pi, String user, Map<String, Object> variables) {
    String taskId = task(pi).getId();
    as.run(user, () -> taskService.complete(taskId, new HashMap<>(variables)));
  }

  private Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private CurrentUser user(String userId) {
    return new CurrentUser(userId, identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList());
  }

  private List<MeetingEvent> trail(MeetingRecord meeting, String stage) {
    return events.of(meeting.id()).stream().filter(e -> e.stage().equals(stage)).toList();
  }
}
