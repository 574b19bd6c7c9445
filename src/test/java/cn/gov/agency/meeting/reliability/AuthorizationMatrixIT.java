package cn.gov.agency.meeting.reliability;

import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.lifecycle.MeetingLifecycle;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleForms;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.venue.BookingInput;
import cn.gov.agency.meeting.venue.VenueService;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every role × every task type open in a prepared meeting (its lifecycle settled, so several stages
 * wait on people) and an ad-hoc application × the engine REST task API, plus the project's GET
 * endpoints of the meeting: only the allowed pairs succeed. "Allowed" is derived from each task's
 * candidate groups and assignee and the user's groups in Camunda identity (administrators may do
 * everything but decide: a completion is only for those the record entitles, issue #22; a read grant
 * on tasks lets one read), not from a table written here; a few pairs are also asserted by hand.
 * Anonymous requests get 401 everywhere. A confidential meeting's particulars reach only those its
 * rule entitles, on every GET endpoint (R5.2; the /app pages too in meeting/ConfidentialMeetingVisibilityIT).
 */
@IntegrationTest
class AuthorizationMatrixIT {

  /** One demo user per role (organisation.yaml); chenjing is a plain attendee as far as 政策法规处 goes. */
  private static final Map<String, String> ROLES = rolesByUser();
  /** The query that lists the confidential case's day on the endpoints that list by time. */
  private static final Map<String, String> ATTENDED_PERIOD = Map.of("/api/meetings", "?year=2046",
      "/api/figures/meetings", "?year=2046", "/api/meetings/calendar", "?week=2046-05-09",
      "/api/rooms/bookings", "?from=2046-05-09&to=2046-05-09",
      "/api/clashes", "?start=2046-05-09T08:00&end=2046-05-09T12:00&people=wangli,chenjing",
      "/api/adhoc-applications/proposed-clashes", "?start=2046-05-09T08:00&end=2046-05-09T12:00&participants=wangli,chenjing");
  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
  private static final HardeningFigures FIGURES = new HardeningFigures("authorization")
      .put("pairs", 0L).put("wrongly-allowed", 0L).put("wrongly-refused", 0L).put("anonymous-not-401", 0L);

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired MeetingRows meetings;
  @Autowired MeetingLifecycle lifecycle;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired VenueService venue;

  @AfterAll
  static void publish() {
    FIGURES.publish();
  }

  @Test
  void onlyTheAllowedPairsOfRoleTaskAndApiSucceed() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2046, 3, 4, 9, 0));
    String lifecycleId = lifecycle.start(meeting.id());
    String settle = taskService.createTaskQuery().processInstanceId(lifecycleId).singleResult().getId();
    new AsUser(identityService).run("zhouping", () -> taskService.complete(settle, Map.of("important", false,
        "needsCatering", false, "needsAccommodation", false)));
    Map<String, Object> form = new LinkedHashMap<>(SampleForms.adhocApplication());
    form.put("plannedStart", "2046-05-02T09:00");
    form.put("plannedEnd", "2046-05-02T11:00");
    var application = RestClient.as("wangli", port).post(
        "/engine-rest/process-definition/key/adhocMeetingApplication/submit-form", variables(form));
    assertThat(application.status()).isEqualTo(200);
    String adhocId = application.json().get("id").asText();

    List<Task> tasks = new ArrayList<>(taskService.createTaskQuery()
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).list());
    tasks.addAll(taskService.createTaskQuery().processInstanceId(adhocId).list());
    Set<String> types = tasks.stream().map(Task::getTaskDefinitionKey).collect(Collectors.toSet());
    assertThat(types).as("several task types open").hasSizeGreaterThanOrEqualTo(4);
    FIGURES.put("task-types", (long) types.size()).put("roles", (long) ROLES.size());

    List<String> wrong = new ArrayList<>();
    for (Task task : tasks) {
      List<String> candidates = taskService.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).toList();
      assertThat(candidates).as("task %s has candidate groups", task.getTaskDefinitionKey()).isNotEmpty();
      for (String user : ROLES.keySet()) {
        List<String> groups = groupsOf(user);
        boolean decides = user.equals(task.getAssignee()) || groups.stream().anyMatch(candidates::contains);
        boolean works = groups.contains("camunda-admin") || decides;
        boolean reads = works || authorizationService.isUserAuthorized(user, groups, Permissions.READ, Resources.TASK,
            task.getId());
        RestClient client = RestClient.as(user, port);
        String where = ROLES.get(user) + " " + user + " × " + task.getTaskDefinitionKey();
        String path = "/engine-rest/task/" + task.getId();

        check(wrong, where + " get", reads, client.get(path).status() == 200);
        boolean listed = StreamSupport.stream(client.get("/engine-rest/task?processInstanceId="
            + task.getProcessInstanceId()).json().spliterator(), false)
            .anyMatch(t -> t.get("id").asText().equals(task.getId()));
        check(wrong, where + " list", reads, listed);
        int claimed = client.post(path + "/claim", Map.of("userId", user)).status();
        check(wrong, where + " claim", works, claimed == 204);
        if (claimed == 204) {
          assertThat(client.post(path + "/unclaim", Map.of()).status()).isEqualTo(204);
        }
        // Without the form's values: the allowed get as far as validation (400), the others are forbidden.
        int completed = client.post(path + "/complete", variables(Map.of())).status();
        assertThat(completed).as(where + " complete without values must not go through").isNotEqualTo(204);
        check(wrong, where + " complete", decides, completed != 403 && completed != 404);
      }
    }

    // By hand: the leader in charge of 政策法规处 decides its application, the leader of 综合业务处 cannot.
    String leaderTask = taskService.createTaskQuery().processInstanceId(adhocId).singleResult().getId();
    Map<String, Object> approve = variables(Map.of("leaderDecision", "approve"));
    assertThat(RestClient.as("sunhong", port).post("/engine-rest/task/" + leaderTask + "/complete", approve).status())
        .isEqualTo(403);
    assertThat(RestClient.as("chenjing", port).post("/engine-rest/task/" + leaderTask + "/complete", approve)
        .status()).isEqualTo(403);
    assertThat(RestClient.as("shenyu", port).get("/engine-rest/task/" + leaderTask).status()).isEqualTo(200);
    assertThat(RestClient.as("qianjun", port).post("/engine-rest/task/" + leaderTask + "/complete", approve).status())
        .isEqualTo(204);
    assertThat(RestClient.as("chenjing", port).get("/engine-rest/task/" + settle).status()).isIn(403, 404);
    FIGURES.add("pairs", 5);

    assertThat(wrong).as("pairs answered against the derived rule").isEmpty();
  }

  @Test
  void everyProjectGetOfTheMeetingAnswersWithoutErrorAndAnonymouslyNothing() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2046, 4, 4, 9, 0));
    RestClient anonymous = RestClient.anonymous(port);
    List<String> wrong = new ArrayList<>();
    int endpoints = 0;
    for (var mapping : mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = mapping.getKey();
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        String path = concrete(pattern, meeting.id());
        if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
          endpoints++;
          for (String user : ROLES.keySet()) {
            int status = RestClient.as(user, port).get(path).status();
            FIGURES.add("pairs", 1);
            if (status >= 500 || status == 401) {
              wrong.add(ROLES.get(user) + " " + user + " GET " + pattern + " → " + status);
            }
          }
        }
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          int status = switch (method) {
            case GET -> anonymous.get(path).status();
            case PUT -> anonymous.put(path, Map.of()).status();
            case DELETE -> anonymous.delete(path).status();
            default -> anonymous.post(path, Map.of()).status();
          };
          FIGURES.add("pairs", 1);
          if (status != 401) {
            FIGURES.add("anonymous-not-401", 1);
            wrong.add("anonymous " + method + " " + pattern + " → " + status);
          }
        }
      }
    }
    for (String engine : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/filter",
        "/engine-rest/history/task", "/engine-rest/deployment")) {
      FIGURES.add("pairs", 1);
      if (anonymous.get(engine).status() != 401) {
        FIGURES.add("anonymous-not-401", 1);
        wrong.add("anonymous GET " + engine);
      }
    }
    assertThat(endpoints).as("GET endpoints found").isGreaterThan(15);

    // Confidentiality (R5.2) by hand: the meeting's own people and the office read its list; others do not.
    JsonNode forOffice = RestClient.as("zhouping", port).get("/api/meetings/" + meeting.id()).json();
    assertThat(forOffice.get("participants")).isNotEmpty();
    assertThat(wrong).isEmpty();
  }

  /**
   * The confidential case (R5.2, issue #17): a confidential meeting with a booked room, every role ×
   * every project GET endpoint of /api. Entitled — derived from Camunda identity and the participant
   * list: the office, finance, auditors, the host department's staff, head and leader in charge, the
   * participants — read its title on its own endpoint; nobody else finds its title, content, guest or
   * filing number in any answer.
   */
  @Test
  void aConfidentialMeetingsParticularsReachOnlyTheEntitledOnEveryProjectGet() {
    String title = "涉密矩阵会议" + System.nanoTime() % 100_000;
    MeetingRecord meeting = meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", title, "policy",
        LocalDateTime.of(2046, 5, 9, 9, 0), LocalDateTime.of(2046, 5, 9, 11, 0), "矩阵地点标记", "矩阵内容标记",
        new java.math.BigDecimal("100.00"), List.of(Participant.person("wangli"), Participant.person("chenjing"),
            Participant.guest("矩阵嘉宾标记", "矩阵单位标记")), "zhouping"), LocalDateTime.now());
    meetings.updateConfidential(meeting.id(), true);
    venue.book(meeting.id(), new BookingInput("R205", List.of(), "矩阵布置"), "zhouping");
    List<String> markers = List.of(title, "矩阵地点标记", "矩阵内容标记", "矩阵嘉宾标记", meeting.filingNumber());
    Set<String> participants = meetings.attendees(meeting.id()).stream().map(a -> a.personUserId())
        .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    List<String> wrong = new ArrayList<>();
    for (String user : ROLES.keySet()) {
      List<String> groups = groupsOf(user);
      boolean entitled = participants.contains(user) || groups.stream().anyMatch(g -> List.of("office", "finance",
          "auditor", "staff-policy", "head-policy", "leader-policy").contains(g));
      String own = RestClient.as(user, port).get("/api/meetings/" + meeting.id()).body();
      check(wrong, ROLES.get(user) + " " + user + " reads the confidential title", entitled, own.contains(title));
      if (entitled) {
        continue;
      }
      for (var mapping : mappings.getHandlerMethods().entrySet()) {
        Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
        for (String pattern : mapping.getKey().getPatternValues()) {
          if (!pattern.startsWith("/api/") || !methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
            continue;
          }
          String body = RestClient.as(user, port).get(concrete(pattern, meeting.id())
              + ATTENDED_PERIOD.getOrDefault(pattern, "")).body();
          boolean leaks = markers.stream().anyMatch(body::contains);
          check(wrong, ROLES.get(user) + " " + user + " GET " + pattern + " names the confidential meeting", false, leaks);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private void check(List<String> wrong, String pair, boolean allowed, boolean succeeded) {
    FIGURES.add("pairs", 1);
    if (succeeded && !allowed) {
      FIGURES.add("wrongly-allowed", 1);
      wrong.add("allowed but should not be: " + pair);
    } else if (!succeeded && allowed) {
      FIGURES.add("wrongly-refused", 1);
      wrong.add("refused but should be allowed: " + pair);
    }
  }

  private List<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  private static Map<String, String> rolesByUser() {
    Map<String, String> roles = new LinkedHashMap<>();
    roles.put("wangli", "staff");
    roles.put("fenggang", "head");
    roles.put("qianjun", "leader");
    roles.put("sunhong", "leader");
    roles.put("zhouping", "office");
    roles.put("zhengyan", "finance");
    roles.put("hanmei", "recorder");
    roles.put("shenyu", "auditor");
    roles.put("admin", "admin");
    roles.put("chenjing", "attendee");
    return roles;
  }

  private static String concrete(String pattern, long meetingId) {
    var matcher = PATH_VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String value = switch (matcher.group(1)) {
        case "id", "meetingId" -> String.valueOf(meetingId);
        case "department", "departmentCode", "code" -> "policy";
        default -> "1";
      };
      matcher.appendReplacement(path, value);
    }
    matcher.appendTail(path);
    return path.toString();
  }
}
