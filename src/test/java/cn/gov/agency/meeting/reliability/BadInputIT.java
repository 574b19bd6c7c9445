package cn.gov.agency.meeting.reliability;

import static cn.gov.agency.meeting.support.EngineRest.inbox;
import static cn.gov.agency.meeting.support.EngineRest.single;
import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.notice.NoticeVariables;
import cn.gov.agency.meeting.reimbursement.ReimbursementVariables;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.Eventually;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleForms;
import cn.gov.agency.meeting.support.SampleMeetings;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A catalogue of bad input (issue #9) against every mutating endpoint of the project's API, found
 * from Spring's own mapping table, sent as a user allowed to call it: never a 500, every refusal a
 * JSON problem naming the field, and a refused request changes nothing (row counts of every project
 * table, record_change included). The same kinds of bad input against every form post of the
 * server-rendered pages (/app), sent as a browser sends them: a refusal is a Chinese problem naming
 * the field, the error page, or the page again saying in Chinese what is wrong, and changes nothing.
 * Then uploads, escaping of stored script in pages and documents, Java-serialized engine variables
 * and login throttling.
 */
@IntegrationTest
class BadInputIT {

  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
  private static final Set<RequestMethod> MUTATING = Set.of(RequestMethod.POST, RequestMethod.PUT,
      RequestMethod.DELETE, RequestMethod.PATCH);
  /** Who may call what: the first of these the endpoint does not refuse as forbidden is used. */
  private static final List<String> CALLERS = List.of("wangli", "zhouping", "fenggang", "wuhua", "admin");
  private static final String HUGE = "x".repeat(100_000);
  private static final String SQL = "'; drop table meeting; --";
  private static final String SCRIPT = "<script>alert(1)</script>";
  /** Field names the project's JSON bodies use; a body of them all reaches each handler's checks. */
  private static final List<String> TEXT_FIELDS = List.of("title", "reason", "description", "note", "comment",
      "content", "substituteUserId", "line", "method", "department", "kind", "name", "place", "participants",
      "decision", "adjustmentReason", "budgetExplanation", "text", "startedAt", "endedAt", "heldOn", "date",
      "plannedStart", "plannedEnd", "meetingType", "roomCode", "deadline", "channel");
  private static final List<String> AMOUNT_FIELDS = List.of("amount", "participantCount", "month", "venueRental",
      "equipmentRental", "printing", "meals", "accommodation", "transport", "other", "budgetEstimate", "year");
  /** Names only the project's HTML forms use: text, then numbers, dates and switches. */
  private static final List<String> FORM_TEXT_FIELDS = List.of("scope", "fromOccurrence", "externalGuests",
      "rostrum", "plannedDate", "discussion", "otherDescription", "necessity");
  private static final List<String> FORM_AMOUNT_FIELDS = List.of("first", "second", "plannedMonth", "plannedHours",
      "estimatedCost", "capacity", "noMeetings");
  /** How the pages show a refusal: a block of class "error" listing each field's label and what is wrong. */
  private static final Pattern ERROR_BLOCK = Pattern.compile("<(div|p)\\s+class=\"error\"[^>]*>([\\s\\S]*?)</\\1>");
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
  /** Parameters a page handler gets from the framework, not from the form. */
  private static final Set<Class<?>> PAGE_PLUMBING = Set.of(CurrentUser.class, Model.class, RedirectAttributes.class);
  private static final HardeningFigures FIGURES = new HardeningFigures("bad-inputs")
      .put("tried", 0L).put("500s", 0L).put("changed", 0L);

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired MeetingRows meetings;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  private String countAll;

  @AfterAll
  static void publish() {
    FIGURES.publish();
  }

  @Test
  void everyMutatingApiEndpointRefusesBadInputCleanly() {
    MeetingRecord meeting = HardeningSamples.heldMeetingWithBudget(meetings, runtimeService, taskService,
        new AsUser(identityService), LocalDateTime.of(2045, 3, 4, 9, 0));
    runtimeService.startProcessInstanceByKey(ReimbursementVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting));
    quiet();
    List<String> serverErrors = new ArrayList<>();
    List<String> changedByRefusals = new ArrayList<>();
    List<String> unnamedFields = new ArrayList<>();
    int endpoints = 0;
    for (var mapping : mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = mapping.getKey();
      HandlerMethod handler = mapping.getValue();
      if (info.getConsumesCondition().getConsumableMediaTypes().stream()
          .anyMatch(type -> !type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
        continue; // uploads and HTML form posts: below and in the page tests
      }
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        for (RequestMethod method : info.getMethodsCondition().getMethods()) {
          if (!MUTATING.contains(method)) {
            continue;
          }
          boolean takesBody = Arrays.stream(handler.getMethodParameters())
              .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
          if (Arrays.stream(handler.getMethodParameters()).allMatch(p -> p.getParameterType() == CurrentUser.class)) {
            continue; // takes no input at all (e.g. deploy the process folder): nothing to be bad about
          }
          endpoints++;
          String endpoint = method + " " + pattern;
          String path = concrete(pattern, meeting.id(), "1");
          Caller caller = new Caller(callerFor(method, path), port);
          // A handler without a body reads none of it: one malformed body shows it is ignored, not a 500.
          Map<String, Payload> catalogue = takesBody ? catalogue() : Map.of("malformed-json", catalogue().get("malformed-json"));
          for (Map.Entry<String, Payload> bad : catalogue.entrySet()) {
            String what = endpoint + " [" + bad.getKey() + "]";
            Map<String, Long> before = rowCounts();
            RestClient.Response answer = bad.getValue().send(caller, method, path);
            FIGURES.add("tried", 1);
            if (answer.status() >= 500) {
              serverErrors.add(what + " → " + answer.status() + " " + abbreviated(answer.body()));
              FIGURES.add("500s", 1);
              continue;
            }
            if (answer.status() >= 400) {
              JsonNode problem = answer.json();
              assertThat(problem.has("status") || problem.has("message")).as(what + " answers a problem body").isTrue();
              problem.path("violations").forEach(v -> {
                if (v.path("field").asText().isBlank()) {
                  unnamedFields.add(what);
                }
              });
              Map<String, Long> after = rowCounts();
              if (!after.equals(before)) {
                changedByRefusals.add(what + " changed " + difference(before, after));
                FIGURES.add("changed", 1);
              }
            } else if (takesBody && bad.getKey().equals("malformed-json")) {
              serverErrors.add(what + " accepted malformed JSON: " + answer.status());
            }
          }
          for (String unknown : List.of("999999999", "-1", "abc")) {
            String what = endpoint + " [unknown id " + unknown + "]";
            Map<String, Long> before = rowCounts();
            RestClient.Response answer = Payload.json(Map.of()).send(caller, method,
                concrete(pattern, unknown, unknown));
            FIGURES.add("tried", 1);
            if (answer.status() >= 500) {
              serverErrors.add(what + " → " + answer.status() + " " + abbreviated(answer.body()));
              FIGURES.add("500s", 1);
            } else if (answer.status() >= 400 && !rowCounts().equals(before)) {
              changedByRefusals.add(what);
              FIGURES.add("changed", 1);
            }
          }
        }
      }
    }
    FIGURES.put("endpoints", (long) endpoints);
    assertThat(endpoints).as("mutating JSON endpoints found").isGreaterThan(15);
    assertThat(serverErrors).as("server errors").isEmpty();
    assertThat(changedByRefusals).as("refused requests that changed something").isEmpty();
    assertThat(unnamedFields).as("violations not naming their field").isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from meeting", Long.class)).as("meeting survives").isPositive();
  }

  @Test
  void everyPageFormPostRefusesBadInputCleanly() {
    MeetingRecord meeting = HardeningSamples.heldMeetingWithBudget(meetings, runtimeService, taskService,
        new AsUser(identityService), LocalDateTime.of(2045, 7, 4, 9, 0));
    runtimeService.startProcessInstanceByKey(ReimbursementVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting));
    var item = RestClient.as("wangli", port).post("/api/meetings/" + meeting.id() + "/reimbursement/items",
        Map.of("line", "printing", "amount", "10.00", "description", "印刷"));
    assertThat(item.status()).as(item.body()).isEqualTo(201);
    noticeSent(meeting);
    Map<String, String> ids = Map.of("meetingId", String.valueOf(meeting.id()),
        "itemId", item.json().get("id").asText(),
        "seriesId", String.valueOf(HardeningSamples.seriesOfTwo(port, "2045-09-04")), "who", "fenggang");
    quiet();
    List<String> serverErrors = new ArrayList<>();
    List<String> changedByRefusals = new ArrayList<>();
    List<String> unclear = new ArrayList<>();
    int endpoints = 0;
    for (FormEndpoint form : formEndpoints()) {
      endpoints++;
      String path = concreteForm(form.pattern(), ids, "1");
      // A handler reading no form fields ignores them: one bad form shows it, not a 500.
      Map<String, Map<String, String>> catalogue = form.readsFields() ? formCatalogue()
          : Map.of("sql", formCatalogue().get("sql"));
      HardeningHttp browser = null;
      for (Map.Entry<String, Map<String, String>> bad : catalogue.entrySet()) {
        String what = "POST " + form.pattern() + " [" + bad.getKey() + "]";
        Map<String, Long> before = rowCounts();
        HardeningHttp.FormAnswer answer = null;
        if (browser != null) {
          answer = browser.postForm(path, entries(bad.getValue()));
        } else {
          // The first caller the page does not refuse as forbidden, so that the input reaches its checks.
          for (String user : CALLERS) {
            browser = HardeningHttp.browser(user, port);
            answer = browser.postForm(path, entries(bad.getValue()));
            if (answer.status() != 403) {
              break;
            }
          }
        }
        FIGURES.add("tried", 1);
        // A handler reading no fields ignores the junk: repeating its action (a receipt already
        // confirmed by an earlier test) may rightly change nothing and say nothing.
        judge(what, answer, before, serverErrors, changedByRefusals, unclear, !form.readsFields());
      }
      for (String unknown : List.of("999999999", "-1", "abc")) {
        String what = "POST " + form.pattern() + " [unknown id " + unknown + "]";
        Map<String, Long> before = rowCounts();
        HardeningHttp.FormAnswer answer = browser.postForm(concreteForm(form.pattern(), Map.of(), unknown), List.of());
        FIGURES.add("tried", 1);
        judge(what, answer, before, serverErrors, changedByRefusals, unclear, false);
      }
    }
    FIGURES.put("form-endpoints", (long) endpoints);
    assertThat(endpoints).as("page form posts found").isGreaterThan(15);
    assertThat(serverErrors).as("server errors").isEmpty();
    assertThat(changedByRefusals).as("refused form posts that changed something").isEmpty();
    assertThat(unclear).as("refusals without a clear message naming the field").isEmpty();
  }

  /** The meeting's notice drafted by the office and sent, so that the receipts page has people to confirm for. */
  private void noticeSent(MeetingRecord meeting) {
    RestClient zhouping = RestClient.as("zhouping", port);
    String instanceId = runtimeService.startProcessInstanceByKey(NoticeVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();
    String draft = single(inbox(zhouping, "办公室待办"), instanceId).get("id").asText();
    assertThat(zhouping.post("/engine-rest/task/" + draft + "/complete", variables(Map.of(
        NoticeVariables.REQUIREMENTS, "请准时参会", NoticeVariables.PREPARATIONS, "无"))).status()).isEqualTo(204);
    Eventually.until("the notice is sent",
        () -> taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("trackReceipts").count(),
        count -> count == 1);
  }

  /**
   * A form post either goes through (something changed, like a valid-looking text that is merely
   * odd), or it is refused: then nothing changed and the person sees why — a 4xx problem naming
   * the field, the error page, or the form again with a Chinese message in its error block.
   */
  /** {@code mayRepeatSilently}: the handler reads no fields, so an action repeated may change nothing and say so. */
  private void judge(String what, HardeningHttp.FormAnswer answer, Map<String, Long> before,
      List<String> serverErrors, List<String> changedByRefusals, List<String> unclear, boolean mayRepeatSilently) {
    if (answer.hops().stream().anyMatch(status -> status >= 500)) {
      serverErrors.add(what + " → " + answer.hops() + " " + abbreviated(answer.body()));
      FIGURES.add("500s", 1);
      return;
    }
    boolean changed = !rowCounts().equals(before);
    List<String> shown = errorBlocks(answer.body());
    boolean refused = answer.status() >= 400 || !shown.isEmpty();
    if (refused && changed) {
      changedByRefusals.add(what + " changed " + difference(before, rowCounts()));
      FIGURES.add("changed", 1);
    }
    if (answer.status() >= 400 && answer.isJson()) {
      JsonNode problem = new RestClient.Response(answer.status(), answer.body()).json();
      if (!CHINESE.matcher(problem.path("detail").asText()).find()) {
        unclear.add(what + " answers " + answer.status() + " without a Chinese problem: " + abbreviated(answer.body()));
      }
      if (answer.status() == 400 && (problem.path("violations").isEmpty()
          || problem.path("violations").findValuesAsText("field").stream().anyMatch(String::isBlank))) {
        unclear.add(what + " names no field: " + abbreviated(answer.body()));
      }
    } else if (answer.status() >= 400) {
      if (!CHINESE.matcher(answer.body()).find()) {
        unclear.add(what + " answers " + answer.status() + " without a Chinese error page");
      }
    } else if (refused) {
      if (shown.stream().noneMatch(text -> CHINESE.matcher(text).find())) {
        unclear.add(what + " shows an error block without a Chinese message: " + shown);
      }
    } else if (!changed && !mayRepeatSilently) {
      unclear.add(what + " changed nothing and said nothing (" + answer.hops() + ")");
    }
  }

  private static List<String> errorBlocks(String html) {
    List<String> blocks = new ArrayList<>();
    Matcher matcher = ERROR_BLOCK.matcher(html == null ? "" : html);
    while (matcher.find()) {
      blocks.add(matcher.group(2).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim());
    }
    return blocks;
  }

  /** One server-rendered form post: its path pattern and whether the handler reads any form field. */
  private record FormEndpoint(String pattern, boolean readsFields) {}

  /**
   * Every POST under /app that takes a form (uploads are tried below), found from Spring's mapping
   * table; the meeting's own cancellation last, so that a text merely odd enough to be accepted
   * does not leave the other forms facing a cancelled meeting.
   */
  private List<FormEndpoint> formEndpoints() {
    List<FormEndpoint> endpoints = new ArrayList<>();
    for (var mapping : mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = mapping.getKey();
      if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)
          || info.getConsumesCondition().getConsumableMediaTypes().stream()
              .anyMatch(type -> type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA))) {
        continue;
      }
      boolean readsFields = Arrays.stream(mapping.getValue().getMethodParameters())
          .anyMatch(p -> !p.hasParameterAnnotation(PathVariable.class) && !PAGE_PLUMBING.contains(p.getParameterType()));
      info.getPatternValues().stream().filter(pattern -> pattern.startsWith("/app/"))
          .forEach(pattern -> endpoints.add(new FormEndpoint(pattern, readsFields)));
    }
    endpoints.sort(Comparator.comparing((FormEndpoint e) -> e.pattern().equals("/app/meetings/{id}/cancel"))
        .thenComparing(FormEndpoint::pattern));
    return endpoints;
  }

  /** The catalogue for forms: the JSON one's kinds of bad input as form fields (all text on the wire). */
  private static Map<String, Map<String, String>> formCatalogue() {
    Map<String, Map<String, String>> catalogue = new LinkedHashMap<>();
    catalogue.put("empty-form", Map.of());
    catalogue.put("wrong-types", formFields("[1, 2]", "{\"x\": 1}"));
    List<String> texts = formTextFields();
    for (int from = 0; from < texts.size(); from += 10) {
      Map<String, String> huge = formFields("出差", "10");
      texts.subList(from, Math.min(from + 10, texts.size())).forEach(name -> huge.put(name, HUGE));
      catalogue.put("huge-strings-" + (from / 10 + 1), huge);
    }
    catalogue.put("absurd-amounts", formFields("出差", "1e30"));
    catalogue.put("negative-amounts", formFields("出差", "-1"));
    catalogue.put("text-amounts", formFields("出差", "abc"));
    Map<String, String> reversed = formFields("出差", "10");
    reversed.put("plannedStart", "2045-05-02T11:00");
    reversed.put("plannedEnd", "2045-05-02T09:00");
    reversed.put("startedAt", "2045-05-02T11:00");
    reversed.put("endedAt", "2045-05-02T09:00");
    reversed.put("heldOn", "2099-12-31");
    reversed.put("deadline", "1999-01-01");
    reversed.put("plannedDate", "1999-01-01");
    reversed.put("fromOccurrence", "1999-01-01");
    catalogue.put("reversed-dates", reversed);
    catalogue.put("sql", formFields(SQL, SQL));
    catalogue.put("script", formFields(SCRIPT, SCRIPT));
    return catalogue;
  }

  private static List<String> formTextFields() {
    List<String> names = new ArrayList<>(TEXT_FIELDS);
    names.addAll(FORM_TEXT_FIELDS);
    return names;
  }

  private static Map<String, String> formFields(String text, String amount) {
    Map<String, String> form = new LinkedHashMap<>();
    formTextFields().forEach(name -> form.put(name, text));
    AMOUNT_FIELDS.forEach(name -> form.put(name, amount));
    FORM_AMOUNT_FIELDS.forEach(name -> form.put(name, amount));
    return form;
  }

  private static List<Map.Entry<String, String>> entries(Map<String, String> form) {
    return List.copyOf(form.entrySet());
  }

  /** The sample records' ids in a page's path; a series page gets the series, not the meeting. */
  private static String concreteForm(String pattern, Map<String, String> ids, String other) {
    Matcher matcher = PATH_VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String key = name.equals("id") ? (pattern.startsWith("/app/series/") ? "seriesId" : "meetingId") : name;
      String value = name.equals("department") ? "policy" : ids.getOrDefault(key, other);
      matcher.appendReplacement(path, value);
    }
    matcher.appendTail(path);
    return path.toString();
  }

  @Test
  void wrongUploadsAreRefusedAndNamesNeverBecomePaths() {
    MeetingRecord meeting = HardeningSamples.heldMeetingWithBudget(meetings, runtimeService, taskService,
        new AsUser(identityService), LocalDateTime.of(2045, 4, 4, 9, 0));
    runtimeService.startProcessInstanceByKey(ReimbursementVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting));
    RestClient wangli = RestClient.as("wangli", port);
    String api = "/api/meetings/" + meeting.id() + "/reimbursement";
    var item = wangli.post(api + "/items", Map.of("line", "printing", "amount", "10.00", "description", "印刷"));
    assertThat(item.status()).as(item.body()).isEqualTo(201);
    String invoices = api + "/items/" + item.json().get("id").asLong() + "/invoices";
    byte[] exe = new byte[256];
    exe[0] = 'M';
    exe[1] = 'Z';
    Map<String, Long> before = rowCounts();

    assertRefused(wangli.postFile(invoices, Map.of(), "file", "发票.pdf", "application/pdf", exe), "file");
    assertRefused(wangli.postFile(invoices, Map.of(), "file", "发票.pdf", "application/pdf",
        oversized(10)), "file");
    assertRefused(wangli.postFile(invoices, Map.of(), "file", "../../etc/passwd", "application/pdf",
        HardeningSamples.pdf("x")), "file");
    assertRefused(wangli.postFile("/api/meetings/" + meeting.id() + "/materials", Map.of("kind", "agenda"), "file",
        "议程.pdf", "application/pdf", oversized(21)), null);
    assertRefused(wangli.postFile("/api/meetings/" + meeting.id() + "/materials", Map.of("kind", "agenda"), "file",
        "议程.pdf", "application/pdf", exe), null);
    FIGURES.add("tried", 5);
    // The same through the pages' upload forms: the page again, saying why in Chinese.
    for (String page : List.of(invoices.replace("/api/", "/app/"), "/app/meetings/" + meeting.id() + "/materials")) {
      var answer = wangli.postFile(page, Map.of("kind", "agenda"), "file", "发票.pdf", "application/pdf", exe);
      FIGURES.add("tried", 1);
      assertThat(answer.status()).as(page + " " + abbreviated(answer.body())).isLessThan(500);
      assertThat(errorBlocks(answer.body())).as(page).anyMatch(text -> CHINESE.matcher(text).find());
    }
    assertThat(rowCounts()).as("refused uploads store nothing").isEqualTo(before);

    var traversal = wangli.postFile(invoices, Map.of(), "file", "../../etc/passwd.pdf", "application/pdf",
        HardeningSamples.pdf("x"));
    FIGURES.add("tried", 1);
    assertThat(traversal.status()).as(traversal.body()).isIn(201, 400);
    if (traversal.status() == 201) {
      assertThat(traversal.json().get("fileName").asText()).as("kept without its folders").isEqualTo("passwd.pdf");
    }
    assertThat(jdbc.queryForList("select file_name from reimbursement_invoice", String.class))
        .noneMatch(name -> name.contains("/") || name.contains("\\") || name.contains(".."));
  }

  @Test
  void scriptStoredThroughLegalPathsComesOutEscapedInPagesAndDocuments() {
    MeetingRecord meeting = meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", SCRIPT + "部署会", "policy",
        LocalDateTime.of(2045, 5, 6, 9, 0), LocalDateTime.of(2045, 5, 6, 11, 0), SCRIPT + "会议室",
        "内容" + SCRIPT, new BigDecimal("100.00"), List.of(Participant.person("fenggang"), Participant.person("wangli")),
        "zhouping"), LocalDateTime.of(2045, 1, 10, 10, 0));
    RestClient zhouping = RestClient.as("zhouping", port);
    String instanceId = runtimeService.startProcessInstanceByKey(NoticeVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();
    String draft = single(inbox(zhouping, "办公室待办"), instanceId).get("id").asText();
    assertThat(zhouping.post("/engine-rest/task/" + draft + "/complete", variables(Map.of(
        NoticeVariables.REQUIREMENTS, "请提前到场" + SCRIPT, NoticeVariables.PREPARATIONS, "请准备" + SCRIPT)))
        .status()).isEqualTo(204);
    Eventually.until("the notice is sent",
        () -> taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("trackReceipts").count(),
        count -> count == 1);
    RestClient fenggang = RestClient.as("fenggang", port);
    var leave = fenggang.post("/api/meetings/" + meeting.id() + "/leave-requests",
        Map.of("reason", "出差" + SCRIPT, "substituteUserId", "chuwei"));
    assertThat(leave.status()).as(leave.body()).isEqualTo(201);

    RestClient wangli = RestClient.as("wangli", port);
    Map<String, Object> adhoc = new LinkedHashMap<>(SampleForms.adhocApplication());
    adhoc.put("meetingTitle", SCRIPT + "临时会议");
    adhoc.put("plannedStart", "2045-05-08T09:00");
    adhoc.put("plannedEnd", "2045-05-08T11:00");
    assertThat(wangli.post("/engine-rest/process-definition/key/adhocMeetingApplication/submit-form",
        variables(adhoc)).status()).isEqualTo(200);

    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("notice page", zhouping.getPage("/app/meetings/" + meeting.id() + "/notice").body());
    pages.put("receipts page", zhouping.getPage("/app/meetings/" + meeting.id() + "/notice/receipts").body());
    pages.put("my notices", fenggang.getPage("/app/my/notices").body());
    pages.put("my meetings (leave)", fenggang.getPage("/app/my/meetings").body());
    pages.put("ad-hoc applications", wangli.getPage("/app/adhoc-applications").body());
    FIGURES.add("tried", pages.size());
    assertThat(pages).allSatisfy((page, html) -> {
      assertThat(html).as(page).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    });
  }

  @Test
  void theEngineRefusesJavaSerializedVariables() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2045, 6, 6, 9, 0));
    String instanceId = runtimeService.startProcessInstanceByKey(NoticeVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();
    // "rO0AB..." is how every Java-serialized object starts (here: java.lang.String "x").
    Map<String, Object> serialized = Map.of("value", "rO0ABXQAAXg=", "type", "Object", "valueInfo",
        Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object"));
    var answer = RestClient.as("admin", port).put("/engine-rest/process-instance/" + instanceId + "/variables/payload",
        serialized);
    var modification = RestClient.as("admin", port).post("/engine-rest/process-instance/" + instanceId + "/variables",
        Map.of("modifications", Map.of("payload2", serialized)));
    FIGURES.add("tried", 2);
    assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
    assertThat(modification.status()).as(modification.body()).isBetween(400, 499);
    assertThat(runtimeService.getVariables(instanceId)).doesNotContainKeys("payload", "payload2");
  }

  @Test
  void aWrongPasswordHoldsBackTheNextLoginFromThatAddressForAWhileAndLocksNothing() {
    // heqing is used by no other integration test of this class: her wrong attempt delays her next login.
    HardeningHttp wrong = HardeningHttp.as("heqing", "not-her-password", port);
    RestClient right = RestClient.as("heqing", port);
    assertThat(right.get("/api/meeting-types").status()).isEqualTo(200);
    long failedAt = System.currentTimeMillis();
    assertThat(wrong.get("/api/meeting-types").status()).isEqualTo(401);
    int tooSoon = right.get("/api/meeting-types").status();
    // Only while the delay lasts (3 s after one wrong attempt: meeting.login.delay-base); a slow machine may pass it.
    if (System.currentTimeMillis() < failedAt + 2500) {
      assertThat(tooSoon).as("the right password, too soon after a wrong one from the same address").isEqualTo(401);
    }
    FIGURES.add("tried", 2);
    Awaitility.await("the login delay passes").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
        .until(() -> right.get("/api/meeting-types").status() == 200);
    Timestamp lockedUntil = jdbc.queryForObject("select lock_exp_time_ from act_id_user where id_ = 'heqing'",
        Timestamp.class);
    assertThat(lockedUntil == null || lockedUntil.getTime() <= System.currentTimeMillis())
        .as("the engine's own account lock is never set into the future").isTrue();
  }

  private static byte[] oversized(int megabytes) {
    byte[] content = new byte[megabytes * 1024 * 1024 + 1];
    byte[] head = HardeningSamples.pdf("大文件");
    System.arraycopy(head, 0, content, 0, head.length);
    return content;
  }

  private static void assertRefused(RestClient.Response answer, String field) {
    assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
    JsonNode problem = answer.json();
    if (field != null) {
      assertThat(problem.get("violations").get(0).get("field").asText()).isEqualTo(field);
    }
  }

  /** The catalogue: each entry one bad request body. */
  private static Map<String, Payload> catalogue() {
    Map<String, Payload> catalogue = new LinkedHashMap<>();
    catalogue.put("malformed-json", Payload.raw("{\"reason\": \"出差\", \"amount\": "));
    catalogue.put("missing-body", Payload.raw(""));
    catalogue.put("json-array", Payload.raw("[1, 2, 3]"));
    catalogue.put("empty-object", Payload.json(Map.of()));
    catalogue.put("wrong-types", Payload.json(fields(List.of(1, 2), Map.of("x", 1))));
    // 100 000 characters in every text field, ten fields a request: a server refusing before it
    // reads the body drops the connection beyond 2 MB (Tomcat's max swallow size).
    for (int from = 0; from < TEXT_FIELDS.size(); from += 10) {
      Map<String, Object> huge = fields("出差", 10);
      TEXT_FIELDS.subList(from, Math.min(from + 10, TEXT_FIELDS.size())).forEach(name -> huge.put(name, HUGE));
      catalogue.put("huge-strings-" + (from / 10 + 1), Payload.json(huge));
    }
    catalogue.put("absurd-amounts", Payload.json(fields("出差", 1e30)));
    catalogue.put("negative-amounts", Payload.json(fields("出差", -1)));
    catalogue.put("text-amounts", Payload.json(fields("出差", "abc")));
    catalogue.put("reversed-dates", Payload.json(reversedDates()));
    catalogue.put("sql", Payload.json(fields(SQL, SQL)));
    catalogue.put("script", Payload.json(fields(SCRIPT, SCRIPT)));
    return catalogue;
  }

  private static Map<String, Object> fields(Object text, Object amount) {
    Map<String, Object> body = new LinkedHashMap<>();
    TEXT_FIELDS.forEach(name -> body.put(name, text));
    AMOUNT_FIELDS.forEach(name -> body.put(name, amount));
    return body;
  }

  private static Map<String, Object> reversedDates() {
    Map<String, Object> body = fields("出差", 10);
    body.put("plannedStart", "2045-05-02T11:00");
    body.put("plannedEnd", "2045-05-02T09:00");
    body.put("startedAt", "2045-05-02T11:00");
    body.put("endedAt", "2045-05-02T09:00");
    body.put("heldOn", "2099-12-31");
    body.put("deadline", "1999-01-01");
    return body;
  }

  /** The first caller the endpoint does not refuse as forbidden (so bad input reaches its checks). */
  private String callerFor(RequestMethod method, String path) {
    for (String user : CALLERS) {
      if (Payload.raw("{").send(new Caller(user, port), method, path).status() != 403) {
        return user;
      }
    }
    return "admin";
  }

  /** One demo user, as JSON client and as raw sender. */
  private record Caller(RestClient json, HardeningHttp raw) {
    Caller(String user, int port) {
      this(RestClient.as(user, port), HardeningHttp.as(user, "demo", port));
    }
  }

  /** Every project table's row count (the engine's own act_* tables aside), in one statement. */
  private Map<String, Long> rowCounts() {
    if (countAll == null) {
      countAll = countStatement();
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query(countAll, rs -> {
      counts.put(rs.getString("t"), rs.getLong("n"));
    });
    return counts;
  }

  private String countStatement() {
    List<String> tables = jdbc.queryForList("""
        select table_name from information_schema.tables where table_schema = current_schema()
           and table_type = 'BASE TABLE' and table_name not like 'act\\_%' and table_name not like 'flyway%'
           and table_name not in ('task_notification', 'notice_delivery')
         order by table_name""", String.class);
    return tables.stream().map(t -> "select '" + t + "' as t, count(*) as n from " + t)
        .collect(Collectors.joining(" union all "));
  }

  private static String difference(Map<String, Long> before, Map<String, Long> after) {
    return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
        .map(e -> e.getKey() + " " + before.get(e.getKey()) + "→" + e.getValue()).collect(Collectors.joining(", "));
  }

  /** Waits for the job executor to finish what earlier steps started, so counts move only by our requests. */
  private void quiet() {
    Eventually.until("no job due", () -> managementService.createJobQuery().executable().count(), n -> n == 0);
  }

  private static String concrete(String pattern, Object meetingId, String other) {
    Matcher matcher = PATH_VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String value = switch (matcher.group(1)) {
        case "id", "meetingId" -> String.valueOf(meetingId);
        case "department", "departmentCode", "code" -> "policy";
        default -> other;
      };
      matcher.appendReplacement(path, value);
    }
    matcher.appendTail(path);
    return path.toString();
  }

  private static String abbreviated(String body) {
    return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
  }

  /** One request body, sent with the endpoint's method. */
  private interface Payload {
    RestClient.Response send(Caller caller, RequestMethod method, String path);

    static Payload raw(String body) {
      return (caller, method, path) -> caller.raw().send(method.name(), path, "application/json",
          body.getBytes(StandardCharsets.UTF_8));
    }

    static Payload json(Object body) {
      return (caller, method, path) -> switch (method) {
        case PUT -> caller.json().put(path, body);
        case DELETE -> caller.json().delete(path);
        default -> caller.json().post(path, body);
      };
    }
  }
}
