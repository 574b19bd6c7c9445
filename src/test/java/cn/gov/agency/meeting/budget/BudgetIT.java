package cn.gov.agency.meeting.budget;

import static cn.gov.agency.meeting.support.EngineRest.inbox;
import static cn.gov.agency.meeting.support.EngineRest.single;
import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A meeting's budget on PostgreSQL through the engine's REST API, as Tasklist drives it: 王丽 drafts
 * (a bad line is refused first), 钱军 as leader in charge approves, 吴华 for finance approves.
 */
@IntegrationTest
class BudgetIT {

  @LocalServerPort int port;
  @Autowired MeetingRows meetings;
  @Autowired RuntimeService runtimeService;

  @Test
  void theBudgetIsDraftedReviewedAndApprovedByTheDemoUsers() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    // The preparation process calls the stage; here it is started the way that call starts it.
    String instanceId = runtimeService.startProcessInstanceByKey(BudgetVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();

    RestClient wangli = RestClient.as("wangli", port);
    JsonNode draft = single(inbox(wangli, "本部门待办"), instanceId);
    assertThat(draft.get("name").asText()).isEqualTo("编制经费预算");
    Map<String, Object> bad = BudgetSamples.budgetForm();
    bad.put("transport", -5);
    var refused = wangli.post("/engine-rest/task/" + draft.get("id").asText() + "/submit-form", variables(bad));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("交通费（transport）不能为负数");
    assertThat(wangli.post("/engine-rest/task/" + draft.get("id").asText() + "/submit-form",
        variables(BudgetSamples.budgetForm())).status()).isEqualTo(204);

    RestClient qianjun = RestClient.as("qianjun", port);
    JsonNode leaderReview = single(inbox(qianjun, "分管领导审批"), instanceId);
    assertThat(leaderReview.get("name").asText()).isEqualTo("分管领导审核预算");
    assertThat(qianjun.post("/engine-rest/task/" + leaderReview.get("id").asText() + "/submit-form",
        variables(Map.of("budgetLeaderDecision", "approve", "budgetLeaderComment", "同意"))).status()).isEqualTo(204);

    RestClient wuhua = RestClient.as("wuhua", port);
    JsonNode financeReview = single(inbox(wuhua, "财务审核"), instanceId);
    assertThat(financeReview.get("name").asText()).isEqualTo("财务审批预算");
    assertThat(wuhua.post("/engine-rest/task/" + financeReview.get("id").asText() + "/submit-form",
        variables(Map.of("budgetFinanceDecision", "approve"))).status()).isEqualTo(204);

    String api = "/api/meetings/" + meeting.id() + "/budget";
    JsonNode budget = wuhua.get(api).json();
    assertThat(budget.get("approvedCeiling").get("total").decimalValue()).isEqualByComparingTo("3650.50");
    assertThat(budget.get("approvedCeiling").get("lines").get("MEALS").decimalValue()).isEqualByComparingTo("1200");
    assertThat(budget.get("versions")).hasSize(1);
    assertThat(budget.get("versions").get(0).get("status").asText()).isEqualTo("APPROVED");
    assertThat(budget.get("versions").get(0).get("reviews")).hasSize(2);
    assertThat(wangli.get("/app/meetings/" + meeting.id() + "/budget").body())
        .contains("已批准预算", "场地租赁费", "3650.50", "钱军", "吴华", "同意");
    assertThat(RestClient.as("chenjing", port).get(api).status()).as("another department's staff").isEqualTo(403);
    assertThat(RestClient.as("shenyu", port).get(api).status()).as("the auditor").isEqualTo(200);
  }
}
