package cn.gov.agency.meeting.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.distribution.DistributionService;
import cn.gov.agency.meeting.distribution.MinutesRecipient;
import cn.gov.agency.meeting.followup.FollowUpService;
import cn.gov.agency.meeting.lifecycle.MeetingLifecycle;
import cn.gov.agency.meeting.materials.MaterialsService;
import cn.gov.agency.meeting.minutes.MinutesService;
import cn.gov.agency.meeting.notice.ConfirmationMethod;
import cn.gov.agency.meeting.notice.NoticeRecipient;
import cn.gov.agency.meeting.notice.NoticeService;
import cn.gov.agency.meeting.reimbursement.ReimbursementService;
import cn.gov.agency.meeting.signin.SignInService;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.Eventually;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * 涉密会议 (R5.2, issue #17): one confidential meeting driven through its lifecycle up to its claim
 * (booked room, notice, materials, budget, sign-in codes, minutes with a resolution for 科技信息处,
 * the minutes distributed, an invoice) and a second one only filed, with a typed place and no room.
 * Then every GET route of /api and /app, found in Spring's mapping table, is asked by people who are
 * outsiders of both (蒋涛, head of the department carrying out the resolution; 赵强, leadership; the
 * administrator): no answer carries the meetings' title, content, filing number, typed place,
 * guest (participants) or host department, nor a file; lists by time show them only as 占用. The
 * office and the host department see them on the same routes; an attendee sees the particulars, not
 * the filing number or the trail. Year 2063 belongs to this test alone.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialMeetingVisibilityIT {

  static final String TITLE = "机要专题会标记Q7";
  static final String CONTENT = "内容标记Q7涉密议题";
  static final String PLACE = "地点标记Q7号楼";
  static final String GUEST = "嘉宾标记Q7";
  static final String GUEST_UNIT = "单位标记Q7";
  static final String HOST = "政策法规处";
  static final String ROOM = "R302";
  static final LocalDateTime START = LocalDateTime.of(2063, 3, 5, 9, 0);
  private static final List<String> OUTSIDERS = List.of("jiangtao", "zhaoqiang", "admin");
  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
  /**
   * Routes whose answer names every department as such (figures and 合规情况 per department): the
   * figures are asked apart, below; the compliance view in compliance/ComplianceViewTest.
   */
  private static final Set<String> LIST_EVERY_DEPARTMENT = Set.of("/api/figures/meetings", "/app/figures",
      "/api/compliance", "/app/compliance");

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired MeetingRows meetings;
  @Autowired MeetingLifecycle lifecycle;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired MaterialsService materials;
  @Autowired MinutesService minutes;
  @Autowired SignInService signIn;
  @Autowired NoticeService notices;
  @Autowired DistributionService distribution;
  @Autowired FollowUpService followUps;
  @Autowired ReimbursementService reimbursements;

  private MeetingRecord held;
  private MeetingRecord filed;
  private final Map<String, String> ids = new HashMap<>();
  /** A path value naming no record: the route answers 404 and has nothing to scan. */
  private static final String NO_SUCH_RECORD = "987654321";

  @BeforeAll
  void twoConfidentialMeetings() {
    held = insert(START, "待定");
    filed = insert(START.plusDays(1), PLACE);
    meetings.updateConfidential(filed.id(), true);
    drive(held);
    held = meetings.find(held.id()).orElseThrow();
    filed = meetings.find(filed.id()).orElseThrow();
    assertThat(held.confidential()).isTrue();
    assertThat(held.status()).isEqualTo(MeetingStatus.HELD);
  }

  @Test
  void everyGetRouteAnswersAnOutsiderWithoutTheMeetingsParticulars() throws Exception {
    List<String> leaks = new ArrayList<>();
    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    int asked = 0;
    List<Route> routes = routes();
    for (Route route : routes) {
      for (String user : OUTSIDERS) {
        Answer answer = get(user, route.path());
        asked++;
        statuses.merge(answer.status(), 1, Integer::sum);
        if (answer.status() >= 500) {
          leaks.add(user + " GET " + route.path() + " → " + answer.status());
        } else if (answer.status() == 200 && !answer.textual()) {
          leaks.add(user + " GET " + route.path() + " → a file (" + answer.contentType() + ")");
        } else {
          for (String marker : markers(!LIST_EVERY_DEPARTMENT.contains(route.pattern()))) {
            if (answer.body().contains(marker)) {
              leaks.add(user + " GET " + route.path() + " → " + answer.status() + " names “" + marker + "”");
            }
          }
        }
      }
    }
    System.out.println("VISIBILITY routes=" + routes.size() + " outsiders=" + OUTSIDERS.size() + " asked=" + asked
        + " answers=" + statuses + " leaks=" + leaks.size());
    assertThat(asked).as("routes × outsiders asked").isGreaterThan(3 * 60);
    assertThat(statuses.getOrDefault(200, 0)).as("answered, so scanned for the markers").isGreaterThan(asked / 3);
    assertThat(leaks).isEmpty();
  }

  @Test
  void listsByTimeShowAnOutsiderOnlyTheBusySlotsAndTheFiguresOnlyTheirHours() {
    RestClient jiangtao = RestClient.as("jiangtao", port);
    JsonNode year = jiangtao.get("/api/meetings?year=2063").json();
    assertThat(year).hasSize(2).allSatisfy(row -> {
      assertThat(row.get("busy").asBoolean()).isTrue();
      assertThat(row.get("title").asText()).isEqualTo("占用");
      assertThat(row.get("id").isNull()).isTrue();
      assertThat(row.get("hostDepartmentCode").isNull()).isTrue();
      assertThat(row.get("status").isNull()).isTrue();
    });
    assertThat(year.get(0).get("place").asText()).as("the booked room, nothing typed").startsWith(ROOM + " ");
    assertThat(year.get(1).get("place").isNull()).isTrue();
    assertThat(jiangtao.get("/api/meetings?year=2063&department=policy").json()).as("chosen by department").isEmpty();
    assertThat(jiangtao.get("/api/meetings/calendar?week=2063-03-05").json()).hasSize(2)
        .allSatisfy(entry -> assertThat(entry.get("title").asText()).isEqualTo("占用"));
    assertThat(jiangtao.get("/api/rooms/bookings?from=2063-03-05&to=2063-03-06").json()).singleElement()
        .satisfies(b -> {
          assertThat(b.get("meetingTitle").asText()).isEqualTo("占用");
          assertThat(b.get("meetingId").isNull()).isTrue();
        });
    JsonNode clash = jiangtao.get("/api/clashes?start=2063-03-05T10:00&end=2063-03-05T10:30&people=wangli").json();
    assertThat(clash.at("/0/meetings/0/title").asText()).isEqualTo("占用");
    assertThat(jiangtao.get("/api/meetings/" + held.id()).json().get("participants").isNull()).isTrue();

    JsonNode figures = jiangtao.get("/api/figures/meetings?year=2063").json();
    assertThat(figures.at("/undisclosed/meetings").asInt()).isEqualTo(2);
    assertThat(figures.at("/undisclosed/hours").decimalValue()).isEqualByComparingTo(new BigDecimal("5.0"));
    assertThat(department(figures, "policy").get("adhoc").asInt()).isZero();
    assertThat(figures.toString()).doesNotContain(CONTENT, TITLE);
    JsonNode officeFigures = RestClient.as("zhouping", port).get("/api/figures/meetings?year=2063").json();
    assertThat(officeFigures.at("/undisclosed/meetings").asInt()).isZero();
    assertThat(department(officeFigures, "policy").get("adhoc").asInt()).isEqualTo(2);
    assertThat(department(officeFigures, "policy").get("held").asInt()).isEqualTo(1);
  }

  @Test
  void theEntitledSeeTheParticularsOnTheSameRoutesAndAnAttendeeNotTheOfficesHandling() throws Exception {
    Set<String> required = Set.of("/api/meetings", "/app/meetings", "/api/meetings/{id}", "/app/meetings/{id}",
        "/api/meetings/calendar", "/app/meetings/calendar", "/api/rooms/bookings", "/app/rooms/calendar",
        "/api/clashes");
    for (String user : List.of("zhouping", "wangli")) {
      Set<String> naming = new TreeSet<>();
      for (Route route : routes()) {
        if (get(user, route.path()).body().contains(TITLE)) {
          naming.add(route.pattern());
        }
      }
      assertThat(naming).as("routes naming the meeting to %s", user).containsAll(required);
    }
    JsonNode office = RestClient.as("zhouping", port).get("/api/meetings/" + held.id()).json();
    assertThat(office.at("/meeting/filingNumber").asText()).isEqualTo(held.filingNumber());
    assertThat(office.at("/meeting/content").asText()).isEqualTo(CONTENT);
    assertThat(office.get("participants").toString()).contains(GUEST);
    assertThat(office.get("events")).isNotEmpty();

    JsonNode attendee = RestClient.as("chenjing", port).get("/api/meetings/" + held.id()).json();
    assertThat(attendee.at("/meeting/title").asText()).isEqualTo(TITLE);
    assertThat(attendee.at("/meeting/content").asText()).isEqualTo(CONTENT);
    assertThat(attendee.get("participants").toString()).contains(GUEST);
    assertThat(attendee.at("/meeting/filingNumber").isNull()).isTrue();
    assertThat(attendee.at("/meeting/budgetEstimate").isNull()).isTrue();
    assertThat(attendee.get("events").isNull()).as("the office's handling is not an attendee's").isTrue();
    assertThat(RestClient.as("chenjing", port).getPage("/app/meetings/" + held.id()).body())
        .contains(TITLE, CONTENT).doesNotContain(held.filingNumber());
  }

  /** Every GET route of /api and /app with its path variables and query parameters filled for 2063. */
  private List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    for (var mapping : mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = mapping.getKey();
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
        continue;
      }
      for (String pattern : info.getPatternValues()) {
        if (pattern.startsWith("/api/") || pattern.startsWith("/app/")) {
          routes.add(new Route(pattern, concrete(pattern) + query(pattern, mapping.getValue())));
        }
      }
    }
    assertThat(routes).as("GET routes found").hasSizeGreaterThan(60);
    return routes;
  }

  private String concrete(String pattern) {
    var matcher = PATH_VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      // Only the confidential meeting's own records: another record that happens to exist in the shared
      // database (plan 1, application 1) would be scanned for markers it legitimately shows.
      String value = switch (matcher.group(1)) {
        case "meetingId" -> String.valueOf(held.id());
        case "id" -> pattern.contains("/meetings/") ? String.valueOf(held.id()) : NO_SUCH_RECORD;
        case "department", "departmentCode" -> "policy";
        default -> ids.getOrDefault(matcher.group(1), NO_SUCH_RECORD);
      };
      matcher.appendReplacement(path, value);
    }
    matcher.appendTail(path);
    return path.toString();
  }

  /** The query parameters a route takes, by name, aimed at the meetings' week (2063-03-05/06). */
  private static String query(String pattern, HandlerMethod handler) {
    Set<String> names = new LinkedHashSet<>();
    for (MethodParameter parameter : handler.getMethodParameters()) {
      RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
      if (param != null) {
        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
        names.add(!param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
            : parameter.getParameterName());
      }
    }
    boolean times = pattern.equals("/app/rooms/free");
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : names) {
      String value = switch (name) {
        case "year" -> "2063";
        case "week" -> "2063-03-05";
        case "month" -> names.contains("week") ? null : "2063-03";
        case "date" -> "2063-03-05";
        case "from" -> times ? "08:00" : "2063-03-05";
        case "to" -> times ? "18:00" : "2063-03-06";
        case "start" -> "2063-03-05T08:00";
        case "end" -> "2063-03-06T18:00";
        case "people" -> "fenggang,wangli,qianjun,chenjing";
        case "days" -> "3";
        default -> null;
      };
      if (value != null) {
        values.put(name, value);
      }
    }
    return values.isEmpty() ? "" : "?" + String.join("&",
        values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }

  /** What no outsider's answer may carry (the host department's name except where every department is listed). */
  private List<String> markers(boolean withHost) {
    List<String> markers = new ArrayList<>(List.of(TITLE, CONTENT, PLACE, GUEST, GUEST_UNIT, held.filingNumber(),
        filed.filingNumber()));
    if (withHost) {
      markers.add(HOST);
    }
    return markers;
  }

  private Answer get(String user, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", path.startsWith("/app/") ? "text/html" : "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    String type = response.headers().firstValue("Content-Type").orElse("");
    return new Answer(response.statusCode(), type, new String(response.body(), StandardCharsets.UTF_8));
  }

  private record Route(String pattern, String path) {}

  private record Answer(int status, String contentType, String body) {

    boolean textual() {
      return contentType.isEmpty() || contentType.startsWith("text/") || contentType.contains("json");
    }
  }

  private static JsonNode department(JsonNode figures, String code) {
    return StreamSupport.stream(figures.get("departments").spliterator(), false)
        .filter(d -> d.get("departmentCode").asText().equals(code)).findFirst().orElseThrow();
  }

  // --- the meeting, driven the real way (the job executor runs; timers far ahead are run by hand) ---

  private MeetingRecord insert(LocalDateTime start, String place) {
    return meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", TITLE, "policy", start,
        start.plusMinutes(150), place, CONTENT, new BigDecimal("3000.00"),
        List.of(Participant.person("fenggang"), Participant.person("wangli"), Participant.person("qianjun"),
            Participant.person("chenjing"), Participant.guest(GUEST, GUEST_UNIT)), "zhouping"),
        LocalDateTime.now());
  }

  private void drive(MeetingRecord meeting) {
    AsUser as = new AsUser(identityService);
    lifecycle.start(meeting.id());
    Map<String, Object> needs = new HashMap<>(Map.of("important", false, "needsCatering", false,
        "needsAccommodation", false, "confidential", true));
    complete(meeting, "settlePreparation", "zhouping", needs);
    complete(meeting, "bookVenue", "zhouping", Map.of("roomCode", ROOM, "requiredEquipment", "[]",
        "setupNotes", "常规布置"));
    Job checkDue = Eventually.until("会前设备检查's timer", () -> managementService.createJobQuery()
        .processInstanceId(instanceOf(meeting, "meetingEquipmentCheck")).timers().singleResult(), job -> job != null);
    managementService.executeJob(checkDue.getId());
    complete(meeting, "checkEquipment", "liming", Map.of("equipmentResponsible", "zhouping",
        "workingEquipment", "[]"));
    complete(meeting, "draftNotice", "zhouping", Map.of("noticeRequirements", "请提前十分钟到场",
        "noticePreparations", "请准备发言"));
    for (String kind : List.of("agenda", "leader_speech", "work_report")) {
      ids.put("fileId", String.valueOf(materials.upload(meeting.id(), kind, kind + ".pdf",
          ("%PDF-1.7\n% " + kind + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8), "wangli").id()));
    }
    complete(meeting, "prepareMaterials", "wangli", Map.of());
    complete(meeting, "reviewMaterials", "qianjun", Map.of("materialsDecision", "approve"));
    complete(meeting, "draftBudget", "wangli", Map.of("venueRental", 0, "equipmentRental", 0, "printing", 200,
        "meals", 0, "accommodation", 0, "transport", 0, "other", 0, "budgetExplanation", "印刷材料",
        "estimateDifferenceReason", "只需印刷材料"));
    complete(meeting, "leaderBudgetReview", "qianjun", Map.of("budgetLeaderDecision", "approve"));
    complete(meeting, "financeBudgetReview", "wuhua", Map.of("budgetFinanceDecision", "approve"));
    for (String person : List.of("fenggang", "wangli", "qianjun", "chenjing")) {
      as.run(person, () -> notices.confirmOwn(notices.recipientOf(meeting.id(), person), person,
          ConfirmationMethod.IN_APP));
    }
    NoticeRecipient guest = notices.recipients(notices.current(meeting.id()).id()).stream()
        .filter(NoticeRecipient::isGuest).findFirst().orElseThrow();
    notices.confirmOnBehalf(meeting.id(), guest.key(), "PHONE", "已电话通知本人", "zhouping");
    complete(meeting, "trackReceipts", "zhouping", Map.of());
    ids.put("token", notices.recipientOf(meeting.id(), "wangli").token());
    Map<String, Object> staffing = new HashMap<>(Map.of("recorderName", "hanmei", "ushers", "zhouping",
        "serviceStaff", "zhouping", "signInStaff", "zhouping", "venueChecked", true,
        "emergencyPlan", "按疏散预案撤离", "responsibilities", "周萍负责疏散"));
    complete(meeting, "assignMeetingStaff", "zhouping", staffing);
    ids.put("code", Eventually.until("wangli's sign-in code", () -> {
      try {
        return signIn.codeFor(meeting.id(), "wangli").code();
      } catch (RuntimeException notYet) {
        return null;
      }
    }, code -> code != null));
    Job timer = Eventually.until("the sign-in window's timer", () -> managementService.createJobQuery()
        .processInstanceId(instanceOf(meeting, "meetingSignIn")).timers().singleResult(), job -> job != null);
    managementService.executeJob(timer.getId());
    Map<String, Object> draft = new HashMap<>();
    draft.put("startedAt", meeting.plannedStart().toString());
    draft.put("endedAt", meeting.plannedEnd().toString());
    draft.put("place", ROOM);
    draft.put("content", "研究部署有关工作");
    draft.put("resolutions", List.of(Map.of("text", "制定落实方案", "department", "technology",
        "deadline", "2063-04-30")));
    task(meeting, "recordMeeting");
    as.run("hanmei", () -> minutes.saveDraft(meeting.id(), draft, "hanmei"));
    complete(meeting, "recordMeeting", "hanmei", Map.of());
    complete(meeting, "headReviewMinutes", "fenggang", Map.of("minutesHeadDecision", "approve",
        "minutesHeadComment", "同意"));
    complete(meeting, "leaderApproveMinutes", "qianjun", Map.of("minutesLeaderDecision", "approve",
        "minutesLeaderComment", "同意印发"));
    MinutesRecipient jiangtao = Eventually.until("the minutes reach 科技信息处", () -> distribution.latestOf(meeting.id())
        .map(d -> distribution.recipients(d.id()).stream().filter(r -> r.userId().equals("jiangtao")).findFirst()
            .orElse(null)).orElse(null), recipient -> recipient != null);
    ids.put("recipientId", String.valueOf(jiangtao.id()));
    task(meeting, "carryOutResolution");
    ids.put("resolutionId", String.valueOf(followUps.ofMeeting(meeting.id()).get(0).resolutionId()));
    task(meeting, "fileClaim");
    long item = as.call("wangli", () -> reimbursements.addItem(meeting.id(),
        Map.of("line", "printing", "amount", 100.5, "description", "材料印刷"), "wangli")).id();
    ids.put("invoiceId", String.valueOf(as.call("wangli", () -> reimbursements.uploadInvoice(meeting.id(), item,
        "发票.pdf", "%PDF-1.7\n% 发票\n%%EOF\n".getBytes(StandardCharsets.UTF_8), "wangli")).id()));
  }

  /** Completes the step as the person whose role it is; a race with the job executor is tried again. */
  private void complete(MeetingRecord meeting, String key, String user, Map<String, Object> values) {
    Eventually.until("completing " + key, () -> {
      Task task = task(meeting, key);
      try {
        new AsUser(identityService).run(user, () -> taskService.complete(task.getId(), values));
        return true;
      } catch (OptimisticLockingException raced) {
        return false;
      }
    }, done -> done);
  }

  private Task task(MeetingRecord meeting, String key) {
    return Eventually.until("task " + key, () -> taskService.createTaskQuery()
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).taskDefinitionKey(key).singleResult(),
        task -> task != null);
  }

  private String instanceOf(MeetingRecord meeting, String processKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult().getId();
  }
}
