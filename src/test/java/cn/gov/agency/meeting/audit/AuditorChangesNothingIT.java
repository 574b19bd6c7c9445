package cn.gov.agency.meeting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.agency.meeting.lifecycle.MeetingLifecycle;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Auditors change nothing (审计只读): every mutating endpoint of the project's API, found from Spring's
 * own mapping table so a new one is covered without editing this test, and the engine REST API's
 * mutations are refused to the auditor, and nothing anywhere is recorded as done by them.
 */
@IntegrationTest
class AuditorChangesNothingIT {

  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
  private static final Set<RequestMethod> MUTATING = Set.of(RequestMethod.POST, RequestMethod.PUT,
      RequestMethod.DELETE);

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired MeetingRows meetings;
  @Autowired MeetingLifecycle lifecycle;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void everyMutatingProjectApiIsRefusedToTheAuditor() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    RestClient shenyu = RestClient.as("shenyu", port);
    String before = RestClient.as("zhouping", port).get("/api/meetings/" + meeting.id()).body();

    Map<String, Integer> statuses = new LinkedHashMap<>();
    for (var mapping : mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = mapping.getKey();
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        String path = concrete(pattern, meeting.id());
        for (RequestMethod method : methods.isEmpty() ? MUTATING : methods) {
          if (MUTATING.contains(method)) {
            statuses.put(method + " " + pattern, call(shenyu, method, path));
          }
        }
      }
    }

    assertThat(statuses).as("the API has mutating endpoints to check").hasSizeGreaterThan(20);
    assertThat(statuses).allSatisfy((endpoint, status) ->
        assertThat(status).as(endpoint).isBetween(400, 499));
    // Refused for who they are, not only for a malformed request, on the meeting's own endpoints.
    assertThat(statuses.values().stream().filter(status -> status == 403).count())
        .as("refused as forbidden: %s", statuses).isGreaterThan(statuses.size() / 3);
    assertThat(RestClient.as("zhouping", port).get("/api/meetings/" + meeting.id()).body()).isEqualTo(before);
    assertNothingRecordedAsDoneByTheAuditor();
  }

  @Test
  void theEngineRestApiRefusesTheAuditorEveryChange() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    String instance = lifecycle.start(meeting.id());
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    RestClient shenyu = RestClient.as("shenyu", port);

    assertThat(shenyu.post("/engine-rest/process-definition/key/meetingLifecycle/start", Map.of()).status())
        .isEqualTo(403);
    assertThat(shenyu.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "shenyu")).status())
        .isIn(403, 404);
    assertThat(shenyu.post("/engine-rest/task/" + task + "/complete", Map.of()).status()).isIn(403, 404);
    assertThat(shenyu.put("/engine-rest/process-instance/" + instance + "/variables/auditNote",
        Map.of("value", "x", "type", "String")).status()).isIn(403, 404);
    assertThat(shenyu.put("/engine-rest/process-instance/" + instance + "/suspended", Map.of("suspended", true))
        .status()).isEqualTo(403);
    assertThat(shenyu.delete("/engine-rest/process-instance/" + instance).status()).isIn(403, 404);
    assertThat(shenyu.postFile("/engine-rest/deployment/create", Map.of("deployment-name", "audit-test"), "data",
        "audit.bpmn", "text/xml", "<definitions/>".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);

    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).active().count()).isOne();
    assertThat(runtimeService.getVariable(instance, "auditNote")).isNull();
    assertNothingRecordedAsDoneByTheAuditor();
  }

  @Test
  void postgresqlRefusesToRewriteTheChangeLog() {
    jdbc.update("insert into record_change (table_name, record_id, field_name, old_value, new_value, changed_by,"
        + " changed_at) values ('meeting', '0', 'place', 'a', 'b', 'zhouping', current_timestamp)");
    assertThatThrownBy(() -> jdbc.update("update record_change set new_value = 'c' where record_id = '0'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from record_change where record_id = '0'"))
        .hasMessageContaining("append-only");
    assertThat(jdbc.queryForObject("select new_value from record_change where record_id = '0'", String.class))
        .isEqualTo("b");
  }

  private void assertNothingRecordedAsDoneByTheAuditor() {
    assertThat(jdbc.queryForObject("select count(*) from meeting_event where actor_user_id = 'shenyu'", Long.class))
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) from record_change where changed_by = 'shenyu'", Long.class))
        .isZero();
    // His own account is his to keep (its password: names and e-mail are refused to everyone, see
    // PeopleCommandGuardTest); any other operation of his would be in the engine's log.
    assertThat(jdbc.queryForObject("select count(*) from act_hi_op_log where user_id_ = 'shenyu'"
        + " and not (entity_type_ = 'User' and property_ = 'userId' and new_value_ = 'shenyu')", Long.class))
        .as("the engine's user operation log").isZero();
    assertThat(jdbc.queryForObject("select count(*) from act_re_deployment where name_ = 'audit-test'", Long.class))
        .isZero();
  }

  /** Path variables filled so the request reaches the handler: ids of a real meeting, a real department. */
  private static String concrete(String pattern, long meetingId) {
    Matcher matcher = PATH_VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = switch (name) {
        case "id", "meetingId" -> String.valueOf(meetingId);
        case "code", "department", "departmentCode" -> "policy";
        default -> "1";
      };
      matcher.appendReplacement(path, value);
    }
    matcher.appendTail(path);
    return path.toString();
  }

  private static int call(RestClient client, RequestMethod method, String path) {
    return switch (method) {
      case POST -> client.post(path, Map.of()).status();
      case PUT -> client.put(path, Map.of()).status();
      case DELETE -> client.delete(path).status();
      default -> throw new IllegalArgumentException(method.name());
    };
  }
}
