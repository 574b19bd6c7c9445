package cn.gov.agency.meeting.plan;

import static cn.gov.agency.meeting.support.EngineRest.inbox;
import static cn.gov.agency.meeting.support.EngineRest.single;
import static cn.gov.agency.meeting.support.EngineRest.tasksOf;
import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleForms;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A year's plan on PostgreSQL through the REST APIs as the demo users: every department submits
 * (one is sent back and revises), the leadership team approves, the figures show the meetings.
 */
@IntegrationTest
class AnnualPlanIT {

  static final Map<String, String> STAFF = new LinkedHashMap<>(Map.of("office", "zhouping", "finance", "zhengyan",
      "policy", "wangli", "business", "chenjing", "technology", "weilan", "audit", "heqing"));

  @LocalServerPort int port;
  @Autowired Clock clock;


  @Test
  void aYearsPlanFromSubmissionThroughReviewToApprovalAndFigures() {
    int year = LocalDate.now(clock).getYear() + 1;
    RestClient office = RestClient.as("zhouping", port);
    RestClient wangli = RestClient.as("wangli", port);

    assertThat(wangli.post("/engine-rest/process-definition/key/annualMeetingPlan/submit-form",
        variables(Map.of("planYear", year))).status()).as("only the office starts the plan").isEqualTo(403);
    var started = office.post("/engine-rest/process-definition/key/annualMeetingPlan/submit-form",
        variables(Map.of("planYear", year, "submissionDeadline", LocalDate.now(clock).plusDays(20).toString())));
    assertThat(started.status()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    var duplicate = office.post("/engine-rest/process-definition/key/annualMeetingPlan/submit-form",
        variables(Map.of("planYear", year)));
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.json().get("message").asText()).contains("不能重复发起");

    long planId = StreamSupport.stream(office.get("/api/plans").json().spliterator(), false)
        .filter(p -> p.get("year").asInt() == year).findFirst().orElseThrow().get("id").asLong();
    String base = "/api/plans/" + planId + "/departments/";

    // A bad entry is refused naming the field; another department cannot touch policy's plan.
    var bad = wangli.post(base + "policy/entries", SampleForms.planEntry("", year + "-02-30", null, 10, -1));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"name\"", "\"field\":\"plannedDate\"", "\"field\":\"estimatedCost\"");
    assertThat(RestClient.as("chenjing", port).post(base + "policy/entries",
        SampleForms.planEntry("x", year + "-03-01", null, 5, 0))
        .status()).isEqualTo(404);

    // The department's page: a bad entry comes back with its errors, a good one is added.
    String page = "/app/plans/" + planId + "/departments/policy";
    Map<String, String> pageEntry = new LinkedHashMap<>();
    SampleForms.planEntry("政策解读部署会", year + "-03-10", null, 40, 3000).forEach((field, value) -> {
      if (value != null) {
        pageEntry.put(field, String.valueOf(value));
      }
    });
    Map<String, String> badPageEntry = new LinkedHashMap<>(pageEntry);
    badPageEntry.put("participantCount", "0");
    var refused = wangli.postForm(page + "/entries", badPageEntry);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("这条会议未能添加", "参会人数", "政策解读部署会");
    assertThat(wangli.postForm(page + "/entries", pageEntry).status()).isEqualTo(302);
    assertThat(wangli.get(page).body()).contains("政策解读部署会").doesNotContain("这条会议未能添加");
    assertThat(wangli.post(base + "policy/entries", SampleForms.planEntry("法规研讨会", year + "-06-18", null, 25, 1500)).status())
        .isEqualTo(201);
    assertThat(RestClient.as("heqing", port).put(base + "audit/no-meetings", Map.of("noMeetings", true)).status())
        .isEqualTo(204);
    STAFF.forEach((department, staff) -> {
      RestClient user = RestClient.as(staff, port);
      if (!department.equals("policy") && !department.equals("audit")) {
        assertThat(user.post(base + department + "/entries",
            SampleForms.planEntry(department + "工作会", year + "-09-09", null, 12, 800))
            .status()).isEqualTo(201);
      }
      JsonNode task = single(inbox(user, "本部门待办"), instanceId);
      assertThat(task.get("name").asText()).isEqualTo("编报年度会议计划");
      assertThat(user.post("/engine-rest/task/" + task.get("id").asText() + "/submit-form", variables(Map.of()))
          .status()).as(staff).isEqualTo(204);
    });

    // The office reads the consolidated plan and sends policy's plan back; only policy revises.
    assertThat(office.get("/app/plans/" + planId).body()).contains("年度会议计划汇总表", "政策法规处", "法规研讨会");
    assertThat(wangli.get("/app/plans/" + planId).status()).isEqualTo(404);
    JsonNode review = single(inbox(office, "办公室待办"), instanceId);
    assertThat(office.post("/engine-rest/task/" + review.get("id").asText() + "/submit-form", variables(Map.of(
        "officeDecision", "return", "returnDepartments", "政策法规处", "officeComment", "请合并两个会议"))).status())
        .isEqualTo(204);
    assertThat(tasksOf(inbox(RestClient.as("chenjing", port), "本部门待办"), instanceId)).isEmpty();
    JsonNode revise = single(inbox(wangli, "本部门待办"), instanceId);
    assertThat(revise.get("name").asText()).isEqualTo("修改年度会议计划");
    assertThat(wangli.get("/app/plans/" + planId + "/departments/policy").body()).contains("请合并两个会议");
    JsonNode policyPlan = wangli.get(base + "policy").json();
    assertThat(wangli.delete(base + "policy/entries/" + policyPlan.get("entries").get(1).get("id").asText())
        .status()).isEqualTo(204);
    assertThat(wangli.post("/engine-rest/task/" + revise.get("id").asText() + "/submit-form", variables(Map.of()))
        .status()).isEqualTo(204);

    review = single(inbox(office, "办公室待办"), instanceId);
    assertThat(office.post("/engine-rest/task/" + review.get("id").asText() + "/submit-form",
        variables(Map.of("officeDecision", "forward"))).status()).isEqualTo(204);

    RestClient qianjun = RestClient.as("qianjun", port);
    JsonNode decision = single(inbox(qianjun, "领导班子审定"), instanceId);
    assertThat(qianjun.post("/engine-rest/task/" + decision.get("id").asText() + "/submit-form",
        variables(Map.of("leadershipDecision", "approve", "leadershipComment", "同意",
            "leadershipMeetingName", "局党组会议（第12次）", "leadershipMeetingDate",
            java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(),
            "leadershipAttendees", "zhaoqiang, qianjun, sunhong"))).status()).isEqualTo(204);
    assertThat(office.getPage("/app/plans/" + planId).body()).contains("领导班子集体审定", "局党组会议（第12次）",
        "赵强、钱军、孙红");

    JsonNode plan = office.get("/api/plans/" + planId).json();
    assertThat(plan.get("plan").get("status").asText()).isEqualTo("APPROVED");
    assertThat(plan.get("plan").get("decidedBy").asText()).isEqualTo("qianjun");
    assertThat(plan.get("meetingTotal").asInt()).isEqualTo(5);

    JsonNode figures = office.get("/api/figures/meetings?year=" + year).json();
    JsonNode policy = department(figures, "policy");
    assertThat(policy.get("planned").asInt()).isEqualTo(1);
    assertThat(policy.get("participants").asInt()).isEqualTo(40);
    assertThat(policy.get("estimatedCost").decimalValue()).isEqualByComparingTo("3000");
    assertThat(department(figures, "audit").get("planned").asInt()).isZero();
    assertThat(figures.get("total").get("planned").asInt()).isEqualTo(5);
    assertThat(office.get("/app/figures?year=" + year).body()).contains("会议统计", "政策法规处");
    assertThat(office.get("/api/figures/meetings?year=99999").status()).isEqualTo(400);
    JsonNode scheduled = office.get("/api/meetings?year=" + year + "&department=policy").json();
    assertThat(scheduled).hasSize(1);
    assertThat(scheduled.get(0).get("title").asText()).isEqualTo("政策解读部署会");
    assertThat(scheduled.get(0).get("status").asText()).isEqualTo("PLANNED");
    assertThat(scheduled.get(0).get("plannedDate").asText()).isEqualTo(year + "-03-10");
    assertThat(scheduled.get(0).get("expectedParticipants").asInt()).isEqualTo(40);
    assertThat(office.get("/app/meetings?year=" + year).body()).contains("政策解读部署会", "年度计划");

    // The approved plan takes no more entries: the page says why instead of silently showing the plan.
    var late = wangli.postForm(page + "/entries", pageEntry);
    assertThat(late.status()).isEqualTo(200);
    assertThat(late.body()).contains("这条会议未能添加", "不能再修改");
    assertThat(office.get("/api/plans/" + planId).json().get("meetingTotal").asInt()).isEqualTo(5);
  }

  private static JsonNode department(JsonNode figures, String code) {
    return StreamSupport.stream(figures.get("departments").spliterator(), false)
        .filter(d -> d.get("departmentCode").asText().equals(code)).findFirst().orElseThrow();
  }

}
