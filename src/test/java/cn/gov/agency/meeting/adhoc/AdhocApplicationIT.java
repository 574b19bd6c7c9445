package cn.gov.agency.meeting.adhoc;

import static org.assertj.core.api.Assertions.assertThat;

import static cn.gov.agency.meeting.support.EngineRest.ids;
import static cn.gov.agency.meeting.support.EngineRest.inbox;
import static cn.gov.agency.meeting.support.EngineRest.single;
import static cn.gov.agency.meeting.support.EngineRest.variables;

import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleForms;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ad-hoc application end to end on PostgreSQL, through the engine's REST API and the project's
 * API, as the real demo users: who sees which inbox, who may complete what, and what is recorded.
 */
@IntegrationTest
class AdhocApplicationIT {

  @LocalServerPort int port;


  @Test
  void nothingIsAnonymousButHealth() {
    RestClient anonymous = RestClient.anonymous(port);
    assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(anonymous.get("/engine-rest/process-definition").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/adhoc-applications").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/meeting-types").status()).isEqualTo(401);
    assertThat(anonymous.get("/camunda/api/engine/engine/default/task").status()).isIn(401, 403);
    assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    assertThat(RestClient.as("wangli", port).get("/api/meeting-types").status()).isEqualTo(200);
  }

  @Test
  void applicationGoesFromHostDepartmentToItsLeaderToTheOfficeAndBecomesAMeeting() {
    RestClient wangli = RestClient.as("wangli", port);
    RestClient qianjun = RestClient.as("qianjun", port);
    RestClient sunhong = RestClient.as("sunhong", port);
    RestClient chenjing = RestClient.as("chenjing", port);
    RestClient zhouping = RestClient.as("zhouping", port);
    RestClient shenyu = RestClient.as("shenyu", port);
    int applicationsBefore = wangli.get("/api/adhoc-applications").json().size();

    // Invalid input: 400 naming each field, nothing saved.
    Map<String, Object> invalid = form();
    invalid.put("plannedEnd", "2030-05-01T08:00");
    invalid.put("budgetEstimate", -20);
    var rejected = wangli.post("/engine-rest/process-definition/key/adhocMeetingApplication/submit-form",
        variables(invalid));
    assertThat(rejected.status()).isEqualTo(400);
    assertThat(rejected.json().get("message").asText()).contains("plannedEnd", "budgetEstimate");
    var rejectedStart = wangli.post("/engine-rest/process-definition/key/adhocMeetingApplication/start",
        variables(invalid));
    assertThat(rejectedStart.status()).isEqualTo(400);
    assertThat(wangli.get("/api/adhoc-applications").json().size()).isEqualTo(applicationsBefore);

    // Auditors and leaders do not start applications.
    assertThat(shenyu.post("/engine-rest/process-definition/key/adhocMeetingApplication/start",
        variables(form())).status()).isEqualTo(403);

    var started = wangli.post("/engine-rest/process-definition/key/adhocMeetingApplication/submit-form",
        variables(form()));
    assertThat(started.status()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();

    // The leader in charge of 政策法规处 finds it in 分管领导审批; the other leader does not.
    JsonNode leaderTask = single(inbox(qianjun, "分管领导审批"), instanceId);
    assertThat(leaderTask.get("name").asText()).isEqualTo("分管领导审批");
    String leaderTaskId = leaderTask.get("id").asText();
    assertThat(ids(inbox(sunhong, "分管领导审批"))).doesNotContain(leaderTaskId);
    assertThat(sunhong.get("/engine-rest/task/" + leaderTaskId).status()).isIn(403, 404);

    // Another leader, another department's staff and the auditor cannot complete it.
    Map<String, Object> approve = variables(Map.of("leaderDecision", "approve"));
    assertThat(sunhong.post("/engine-rest/task/" + leaderTaskId + "/submit-form", approve).status()).isEqualTo(403);
    assertThat(chenjing.post("/engine-rest/task/" + leaderTaskId + "/submit-form", approve).status()).isEqualTo(403);
    assertThat(shenyu.get("/engine-rest/task/" + leaderTaskId).status()).isEqualTo(200);
    assertThat(shenyu.post("/engine-rest/task/" + leaderTaskId + "/submit-form", approve).status()).isEqualTo(403);
    assertThat(shenyu.post("/engine-rest/task/" + leaderTaskId + "/claim", Map.of("userId", "shenyu")).status())
        .isEqualTo(403);

    // Rejecting without a reason is refused; approving works.
    var noReason = qianjun.post("/engine-rest/task/" + leaderTaskId + "/submit-form",
        variables(Map.of("leaderDecision", "reject")));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("message").asText()).contains("leaderComment");
    assertThat(qianjun.post("/engine-rest/task/" + leaderTaskId + "/submit-form", approve).status()).isEqualTo(204);

    // The office files it.
    JsonNode filingTask = single(inbox(zhouping, "办公室待办"), instanceId);
    assertThat(filingTask.get("name").asText()).isEqualTo("办公室备案");
    assertThat(wangli.post("/engine-rest/task/" + filingTask.get("id").asText() + "/submit-form",
        variables(Map.of("filingNote", "x"))).status()).isEqualTo(403);
    assertThat(zhouping.post("/engine-rest/task/" + filingTask.get("id").asText() + "/submit-form",
        variables(Map.of("filingNote", "同意备案"))).status()).isEqualTo(204);

    // The applicant sees it filed, with every step; the auditor reads the history.
    JsonNode mine = wangli.get("/api/adhoc-applications").json();
    JsonNode application = StreamSupport.stream(mine.spliterator(), false)
        .filter(a -> a.get("processInstanceId").asText().equals(instanceId)).findFirst().orElseThrow();
    assertThat(application.get("status").asText()).isEqualTo("FILED");
    assertThat(application.get("meetingId").isNumber()).isTrue();
    assertThat(application.get("events")).extracting(e -> e.get("action").asText())
        .containsExactly("SUBMITTED", "APPROVED", "FILED");
    assertThat(wangli.get("/app/adhoc-applications").body()).contains("政策解读部署会", "已备案");
    assertThat(chenjing.get("/api/adhoc-applications/" + application.get("id").asText()).status()).isEqualTo(404);
    assertThat(shenyu.get("/api/adhoc-applications/" + application.get("id").asText()).status()).isEqualTo(200);
    JsonNode figures = wangli.get("/api/figures/meetings?year=2030").json();
    assertThat(StreamSupport.stream(figures.get("departments").spliterator(), false)
        .filter(d -> d.get("departmentCode").asText().equals("policy")).findFirst().orElseThrow()
        .get("adhoc").asInt()).as("filed ad-hoc meetings count in R1.2 figures").isPositive();
    JsonNode history = shenyu.get("/engine-rest/history/process-instance?processInstanceId=" + instanceId).json();
    assertThat(history.get(0).get("state").asText()).isEqualTo("COMPLETED");
  }

  @Test
  void webappLoginNeedsTheCsrfTokenAndSetsASecureHttpOnlySessionCookie() throws Exception {
    assertThat(webappLogin(false).statusCode()).as("login without the CSRF token").isEqualTo(403);
    var response = webappLogin(true);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
        .startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));
  }

  /** Logs in to the webapps as Tasklist does: first the page (session and token), then the login. */
  private java.net.http.HttpResponse<String> webappLogin(boolean withToken) throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    String base = "http://localhost:" + port;
    List<String> cookies = http.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(base + "/camunda/app/tasklist/")).GET().build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).headers().allValues("Set-Cookie");
    String xsrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
        .split(";")[0].substring("XSRF-TOKEN=".length());
    var login = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
            base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", String.join("; ", cookies.stream().map(c -> c.split(";")[0]).toList()))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=wangli&password=demo"));
    if (withToken) {
      login.header("X-XSRF-TOKEN", xsrf);
    }
    return http.send(login.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void pagesThatDoNotExistAnswerInChinese() throws Exception {
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
            "http://localhost:" + port + "/app/no-such-page"))
        .header("Accept", "text/html")
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("wangli:demo".getBytes()))
        .GET().build();
    var response = java.net.http.HttpClient.newHttpClient().send(request,
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("页面不存在").doesNotContain("Whitelabel");
  }

  @Test
  void onlyAdministratorsDeploy() {
    String boundary = "----meeting";
    String bpmn = "<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        + "targetNamespace=\"t\"><process id=\"intruder\" isExecutable=\"true\"><startEvent id=\"s\"/></process></definitions>";
    byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nx\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n")
        .getBytes(StandardCharsets.UTF_8);
    for (String user : List.of("wangli", "qianjun", "liming", "shenyu")) {
      assertThat(RestClient.as(user, port).postRaw("/engine-rest/deployment/create",
          "multipart/form-data; boundary=" + boundary, body).status()).as(user).isEqualTo(403);
    }
  }

  private static Map<String, Object> form() {
    Map<String, Object> form = new LinkedHashMap<>(SampleForms.adhocApplication());
    form.put("plannedStart", "2030-05-02T09:00");
    form.put("plannedEnd", "2030-05-02T11:00");
    return form;
  }
}
