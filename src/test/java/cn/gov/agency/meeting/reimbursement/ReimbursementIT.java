package cn.gov.agency.meeting.reimbursement;

import static cn.gov.agency.meeting.support.EngineRest.inbox;
import static cn.gov.agency.meeting.support.EngineRest.single;
import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 经费报销 on PostgreSQL through the REST APIs, as Tasklist and the claim page drive it: 王丽 files a
 * claim over the budget (refused), requests a 预算调整 which 钱军 and 吴华 approve, submits the same
 * claim; 郑艳 returns an item, 王丽 revises it, 郑艳 accepts and the claim is reimbursed exactly.
 */
@IntegrationTest
class ReimbursementIT {

  @LocalServerPort int port;
  @Autowired MeetingRows meetings;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anOverBudgetClaimIsRefusedThenAdjustedReviewedAndReimbursedByTheDemoUsers() {
    MeetingRecord meeting = ReimbursementSamples.heldMeetingWithBudget(meetings, runtimeService, taskService,
        new AsUser(identityService), LocalDateTime.of(2031, 9, 1, 9, 0));
    String instanceId = runtimeService.startProcessInstanceByKey(ReimbursementVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();
    String api = "/api/meetings/" + meeting.id();
    assertThat(jdbc.queryForObject("""
        select data_type from information_schema.columns where table_name = 'reimbursement_item' and column_name = 'amount'""",
        String.class)).isEqualTo("numeric");

    RestClient wangli = RestClient.as("wangli", port);
    JsonNode filing = single(inbox(wangli, "本部门待办"), instanceId);
    assertThat(filing.get("name").asText()).isEqualTo("填报经费报销");
    long meals = item(wangli, api, "meals", 1300, "工作餐 45 人");
    long copies = item(wangli, api, "printing", 0.1, "复印");
    long more = item(wangli, api, "printing", 0.2, "复印（补）");
    for (long item : new long[] {meals, copies, more}) {
      assertThat(upload(wangli, api + "/reimbursement/items/" + item + "/invoices", "发票.pdf",
          ReimbursementSamples.pdf("发票 " + item)).status()).isEqualTo(201);
    }

    var refused = wangli.post("/engine-rest/task/" + filing.get("id").asText() + "/complete", variables(Map.of()));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("餐费（meals）报销 1300.00 元，超出批准预算 1200.00 元");

    Map<String, Object> adjustment = ReimbursementSamples.adjustmentForm();
    assertThat(RestClient.as("wuhua", port).post(api + "/budget/adjustments", adjustment).status())
        .as("finance does not request adjustments").isEqualTo(403);
    var requested = wangli.post(api + "/budget/adjustments", adjustment);
    assertThat(requested.status()).isEqualTo(201);
    assertThat(requested.json().get("adjustment").asBoolean()).isTrue();

    RestClient qianjun = RestClient.as("qianjun", port);
    JsonNode leaderTask = inboxTask(qianjun, "分管领导审批", "分管领导审核预算调整", meeting);
    assertThat(qianjun.post("/engine-rest/task/" + leaderTask.get("id").asText() + "/submit-form",
        variables(Map.of("budgetLeaderDecision", "approve"))).status()).isEqualTo(204);
    RestClient wuhua = RestClient.as("wuhua", port);
    JsonNode financeTask = inboxTask(wuhua, "财务审核", "财务审批预算调整", meeting);
    assertThat(wuhua.post("/engine-rest/task/" + financeTask.get("id").asText() + "/submit-form",
        variables(Map.of("budgetFinanceDecision", "approve"))).status()).isEqualTo(204);
    JsonNode budget = wuhua.get(api + "/budget").json();
    assertThat(budget.get("approvedCeiling").get("lines").get("MEALS").decimalValue()).isEqualByComparingTo("1300");

    assertThat(wangli.post("/engine-rest/task/" + filing.get("id").asText() + "/complete", variables(Map.of()))
        .status()).isEqualTo(204);

    RestClient zhengyan = RestClient.as("zhengyan", port);
    JsonNode review = single(inbox(zhengyan, "财务审核"), instanceId);
    assertThat(review.get("name").asText()).isEqualTo("财务审核报销");
    assertThat(zhengyan.post(api + "/reimbursement/items/" + meals + "/review", Map.of("decision", "accept")).status())
        .isEqualTo(200);
    assertThat(zhengyan.post(api + "/reimbursement/items/" + copies + "/review", Map.of("decision", "accept")).status())
        .isEqualTo(200);
    assertThat(zhengyan.post(api + "/reimbursement/items/" + more + "/review",
        Map.of("decision", "return", "reason", "补印无审批")).status()).isEqualTo(200);
    assertThat(zhengyan.post("/engine-rest/task/" + review.get("id").asText() + "/submit-form",
        variables(Map.of("claimFinanceDecision", "return"))).status()).isEqualTo(204);

    JsonNode revise = single(inbox(wangli, "本部门待办"), instanceId);
    assertThat(revise.get("name").asText()).isEqualTo("修改经费报销");
    assertThat(wangli.put(api + "/reimbursement/items/" + meals, Map.of("line", "meals", "amount", 1, "description", "x"))
        .status()).as("accepted items stay as accepted").isEqualTo(400);
    assertThat(wangli.put(api + "/reimbursement/items/" + more,
        Map.of("line", "printing", "amount", 0.2, "description", "复印（补，已补审批）")).status()).isEqualTo(200);
    assertThat(wangli.post("/engine-rest/task/" + revise.get("id").asText() + "/complete", variables(Map.of()))
        .status()).isEqualTo(204);

    JsonNode again = single(inbox(zhengyan, "财务审核"), instanceId);
    assertThat(zhengyan.post(api + "/reimbursement/items/" + more + "/review", Map.of("decision", "accept")).status())
        .isEqualTo(200);
    assertThat(zhengyan.post("/engine-rest/task/" + again.get("id").asText() + "/submit-form",
        variables(Map.of("claimFinanceDecision", "accept"))).status()).isEqualTo(204);

    JsonNode claim = wangli.get(api + "/reimbursement").json();
    assertThat(claim.get("claim").get("status").asText()).isEqualTo("REIMBURSED");
    assertThat(claim.get("claim").get("reimbursedTotal").decimalValue()).isEqualByComparingTo("1300.30");
    assertThat(claim.get("claim").get("reimbursedBy").asText()).isEqualTo("zhengyan");
    assertThat(claim.get("versions")).hasSize(2);
    assertThat(claim.get("attachments")).extracting(a -> a.get("kind").asText()).contains("SIGN_IN_SHEET");
    assertThat(jdbc.queryForObject("select reimbursed_total from reimbursement_claim where meeting_id = ?",
        BigDecimal.class, meeting.id())).isEqualTo(new BigDecimal("1300.30"));
    assertThat(wangli.get("/app/meetings/" + meeting.id() + "/reimbursement").body())
        .contains("已报销", "1300.30", "郑艳", "补印无审批");
    assertThat(RestClient.as("chenjing", port).get(api + "/reimbursement").status()).isEqualTo(403);
    assertThat(RestClient.as("shenyu", port).get(api + "/reimbursement").status()).isEqualTo(200);
  }

  private static long item(RestClient user, String api, String line, Object amount, String description) {
    var created = user.post(api + "/reimbursement/items", Map.of("line", line, "amount", amount, "description", description));
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  /** The one task of that name for this meeting in the user's filter. */
  private JsonNode inboxTask(RestClient user, String filter, String name, MeetingRecord meeting) {
    String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey("budgetAdjustment")
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult().getId();
    JsonNode task = single(inbox(user, filter), instanceId);
    assertThat(task.get("name").asText()).isEqualTo(name);
    return task;
  }

  private static RestClient.Response upload(RestClient user, String path, String fileName, byte[] content) {
    return user.postFile(path, Map.of(), "file", fileName, "application/pdf", content);
  }
}
