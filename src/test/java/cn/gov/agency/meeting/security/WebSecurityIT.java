package cn.gov.agency.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.reimbursement.ReimbursementVariables;
import cn.gov.agency.meeting.reliability.HardeningFigures;
import cn.gov.agency.meeting.reliability.HardeningSamples;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.Eventually;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.filter.RequestContextFilter;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Web security as a browser meets it (issue 22): for every mutating route of {@code /api} and
 * {@code /app}, found from Spring's mapping table, a request made with a Camunda webapps session
 * from another site's page (Origin, or Referer alone) and one without the CSRF token are refused
 * with 403 and change no table; the same session with the page's token, and HTTP Basic without
 * any token, are not refused for CSRF. The pages' forms carry a token that works (uploads too);
 * nothing but the login page and the health check is anonymous; the security headers are there.
 */
@IntegrationTest
class WebSecurityIT {

  private static final String EVIL = "http://evil.example";
  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
  private static final Set<RequestMethod> MUTATING = Set.of(RequestMethod.POST, RequestMethod.PUT,
      RequestMethod.DELETE, RequestMethod.PATCH);
  private static final Pattern TOKEN = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\">");
  /** A post form and the token right after its tag. */
  private static final Pattern POST_FORM = Pattern.compile(
      "<form([^>]*method=\"post\"[^>]*)>(?:<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\">)?");
  private static final String SESSION_USER = "wangli";
  private static final HardeningFigures FIGURES = new HardeningFigures("csrf")
      .put("routes", 0L).put("tried", 0L).put("refused", 0L).put("accepted-wrongly", 0L)
      .put("session-with-token-refused", 0L).put("basic-refused-for-csrf", 0L);

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired MeetingRows meetings;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;
  private final HttpClient http = HttpClient.newHttpClient();
  private String countAll;

  @AfterAll
  static void publish() {
    FIGURES.publish();
  }

  @Test
  void everyMutatingRouteRefusesOtherSitesAndSessionPostsWithoutToken() {
    MeetingRecord meeting = meetingWithClaim(LocalDateTime.of(2047, 3, 4, 9, 0));
    String session = webappSession(SESSION_USER);
    String token = token(session, "/app/meetings/" + meeting.id() + "/reimbursement");
    List<String> wrong = new ArrayList<>();
    List<Route> routes = mutatingRoutes();
    for (Route route : routes) {
      String path = concrete(route.pattern(), meeting.id());
      String what = route.method() + " " + route.pattern();
      quiet();
      hostile(what + " [session, token, Origin " + EVIL + "]", wrong, "跨站",
          () -> send(route, path, Map.of("Cookie", session, "Origin", EVIL), token));
      hostile(what + " [session, token, Referer only " + EVIL + "]", wrong, "跨站",
          () -> send(route, path, Map.of("Cookie", session, "Referer", EVIL + "/page.html"), token));
      hostile(what + " [session, own origin, no token]", wrong, "CSRF",
          () -> send(route, path, Map.of("Cookie", session, "Origin", ownOrigin()), null));

      Answer basic = send(route, path, Map.of("Authorization", basic(SESSION_USER)), null);
      FIGURES.add("tried", 1);
      if (basic.refusedFor("CSRF") || basic.refusedFor("跨站")) {
        FIGURES.add("basic-refused-for-csrf", 1);
        wrong.add(what + " [Basic, no token] → " + basic.status() + " " + basic.body());
      }
      Answer honest = send(route, path, Map.of("Cookie", session, "Origin", ownOrigin()), token);
      FIGURES.add("tried", 1);
      if (honest.status() == 401 || honest.refusedFor("CSRF") || honest.refusedFor("跨站")) {
        FIGURES.add("session-with-token-refused", 1);
        wrong.add(what + " [session, own origin, token] → " + honest.status() + " " + honest.body());
      }
    }
    FIGURES.put("routes", (long) routes.size());
    assertThat(routes).as("mutating routes found").hasSizeGreaterThan(40);
    assertThat(routes).extracting(Route::kind).contains("json", "form", "multipart");
    assertThat(wrong).as("requests answered against the rule").isEmpty();
  }

  @Test
  void thePagesFormsCarryATokenThatWorksForUploadsToo() {
    MeetingRecord meeting = meetingWithClaim(LocalDateTime.of(2047, 4, 4, 9, 0));
    String claimPage = "/app/meetings/" + meeting.id() + "/reimbursement";
    var item = RestClient.as(SESSION_USER, port).post("/api/meetings/" + meeting.id() + "/reimbursement/items",
        Map.of("line", "printing", "amount", "10.00", "description", "印刷"));
    assertThat(item.status()).as(item.body()).isEqualTo(201);
    long itemId = item.json().get("id").asLong();
    String session = webappSession(SESSION_USER);

    String html = get(claimPage, Map.of("Cookie", session, "Accept", "text/html")).body();
    Map<String, PostForm> forms = new LinkedHashMap<>();
    Matcher form = POST_FORM.matcher(html);
    while (form.find()) {
      String action = attribute(form.group(1), "action").replace("&amp;", "&");
      assertThat(form.group(2)).as("the token right after <form> of " + action).isNotNull();
      forms.put(action.split("\\?")[0], new PostForm(action, form.group(2)));
    }
    String invoices = claimPage + "/items/" + itemId + "/invoices";
    assertThat(forms).containsKeys(invoices, claimPage + "/items");
    assertThat(forms.get(invoices).action()).as("an upload names its token in the action").contains("?_csrf=");

    // An upload as the browser sends it: to the form's action, the token also as the first part.
    long before = count("select count(*) from reimbursement_invoice where item_id = ?", itemId);
    Answer upload = multipart(forms.get(invoices).action(), session,
        List.of(Map.entry("_csrf", forms.get(invoices).token())), "发票.pdf", HardeningSamples.pdf("发票"));
    FIGURES.add("tried", 1);
    assertThat(upload.status()).as(upload.body()).isEqualTo(302);
    assertThat(count("select count(*) from reimbursement_invoice where item_id = ?", itemId)).isEqualTo(before + 1);

    // Too big for the server to read (multipart limit 20 MB): refused for its size, not taken for a forgery.
    byte[] huge = new byte[21 * 1024 * 1024];
    byte[] head = HardeningSamples.pdf("大文件");
    System.arraycopy(head, 0, huge, 0, head.length);
    Answer tooBig = multipart(forms.get(invoices).action(), session,
        List.of(Map.entry("_csrf", forms.get(invoices).token())), "大发票.pdf", huge);
    FIGURES.add("tried", 1);
    assertThat(tooBig.refusedFor("CSRF")).as(tooBig.status() + " " + tooBig.body()).isFalse();
    assertThat(tooBig.status()).as(tooBig.body()).isBetween(400, 499);
    assertThat(count("select count(*) from reimbursement_invoice where item_id = ?", itemId)).isEqualTo(before + 1);

    // An ordinary form post with the token of its form.
    long items = count("select count(*) from reimbursement_item where claim_id = (select id from reimbursement_claim"
        + " where meeting_id = ?)", meeting.id());
    Answer added = form(claimPage + "/items", session, Map.of("line", "meals", "amount", "20.00",
        "description", "工作餐", "_csrf", forms.get(claimPage + "/items").token()));
    FIGURES.add("tried", 1);
    assertThat(added.status()).as(added.body()).isEqualTo(302);
    assertThat(count("select count(*) from reimbursement_item where claim_id = (select id from reimbursement_claim"
        + " where meeting_id = ?)", meeting.id())).isEqualTo(items + 1);

    // A download keeps its own, stricter policy (sandbox): the security headers add, never override.
    long invoiceId = count("select max(id) from reimbursement_invoice where item_id = ?", itemId);
    Answer download = get("/api/meetings/" + meeting.id() + "/reimbursement/invoices/" + invoiceId + "/content",
        Map.of("Cookie", session));
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.headers().allValues("Content-Security-Policy")).containsExactly("default-src 'none'; sandbox");
    assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
  }

  @Test
  void nothingIsAnonymousButTheLoginPageAndHealth() {
    for (String path : List.of("/engine-rest/engine", "/engine-rest/task", "/actuator", "/actuator/env",
        "/actuator/info", "/api/meeting-types", "/")) {
      Answer answer = get(path, Map.of("Accept", "application/json"));
      FIGURES.add("tried", 1);
      assertThat(answer.status()).as(path).isEqualTo(401);
      assertThat(answer.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(v -> v.startsWith("Basic "));
      assertThat(answer.body()).as(path).contains("请先登录");
    }
    // the pages' login, which brings the person back to the page asked for
    for (Map.Entry<String, String> page : Map.of("/app/my", "/app/login?next=%2Fapp%2Fmy",
        "/app/meetings", "/app/login?next=%2Fapp%2Fmeetings", "/", "/app/login").entrySet()) {
      Answer answer = get(page.getKey(), Map.of("Accept", "text/html"));
      FIGURES.add("tried", 1);
      assertThat(answer.status()).as(page.getKey()).isEqualTo(302);
      assertThat(answer.headers().firstValue("Location")).as(page.getKey())
          .hasValueSatisfying(v -> assertThat(v).endsWith(page.getValue()));
    }
    assertThat(get("/actuator/health", Map.of()).status()).isEqualTo(200);
    assertThat(get("/camunda/app/welcome/default/", Map.of()).status()).as("the webapps' login page").isEqualTo(200);
    assertThat(get("/app/login", Map.of()).status()).as("the pages' login page").isEqualTo(200);

    String session = webappSession(SESSION_USER);
    assertThat(get("/actuator", Map.of("Authorization", basic(SESSION_USER))).status()).isEqualTo(403);
    assertThat(get("/actuator", Map.of("Cookie", session)).status()).isEqualTo(403);
    assertThat(get("/actuator/env", Map.of("Cookie", session)).status()).isEqualTo(403);
    assertThat(get("/actuator", Map.of("Authorization", basic("admin"))).status()).isEqualTo(200);
    assertThat(get("/engine-rest/engine", Map.of("Authorization", basic(SESSION_USER))).status()).isEqualTo(200);
    // The engine's REST API takes HTTP Basic only: a webapps session opens the project's pages, not it.
    assertThat(get("/engine-rest/task", Map.of("Cookie", session)).status()).isEqualTo(401);
    // A request that brings credentials is judged by them alone, never rescued by a session.
    assertThat(get("/api/meeting-types", Map.of("Cookie", session, "Authorization", "Bearer nonsense")).status())
        .isEqualTo(401);
    assertThat(get("/api/meeting-types", Map.of("Cookie", session)).status()).isEqualTo(200);
    FIGURES.add("tried", 11);
  }

  @Test
  void pagesAndAnswersSendSecurityHeaders() {
    String session = webappSession(SESSION_USER);
    for (Answer answer : List.of(get("/app/my", Map.of("Cookie", session, "Accept", "text/html")),
        get("/api/meeting-types", Map.of("Authorization", basic(SESSION_USER))))) {
      assertThat(answer.status()).isEqualTo(200);
      HttpHeaders headers = answer.headers();
      assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
      assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
      assertThat(headers.allValues("Referrer-Policy")).containsExactly("same-origin");
      String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
      assertThat(csp).contains("frame-ancestors 'none'", "default-src 'none'", "script-src 'self';", "form-action 'self'");
      assertThat(csp.split(";")).filteredOn(d -> d.trim().startsWith("script-src"))
          .allSatisfy(d -> assertThat(d).doesNotContain("unsafe"));
    }
    HttpHeaders rest = get("/engine-rest/task", Map.of("Authorization", basic(SESSION_USER))).headers();
    assertThat(rest.allValues("X-Frame-Options")).containsExactly("DENY");
    assertThat(rest.firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
    // Tasklist keeps the webapps' own policy (it needs its nonce and 'strict-dynamic'), not ours.
    HttpHeaders tasklist = get("/camunda/app/tasklist/", Map.of()).headers();
    assertThat(tasklist.firstValue("Content-Security-Policy"))
        .hasValueSatisfying(v -> assertThat(v).contains("'strict-dynamic'").doesNotContain("base-uri 'none'"));
  }

  /**
   * The engine's login throttle reads the caller's address from RequestContextHolder while a
   * password is checked, i.e. inside Spring Security's filters: Spring's RequestContextFilter must
   * come first (Spring Boot alone would register it with Jersey's order, after them).
   */
  @Test
  void theRequestIsHeldForTheEngineBeforeAnyPasswordIsChecked() {
    List<Integer> security = context.getBeansOfType(DelegatingFilterProxyRegistrationBean.class).values().stream()
        .filter(r -> r.getFilterName().equals("springSecurityFilterChain")).map(r -> r.getOrder()).toList();
    List<Integer> requestContext = new ArrayList<>();
    context.getBeansOfType(RequestContextFilter.class).values()
        .forEach(f -> requestContext.add(f instanceof Ordered o ? o.getOrder() : Ordered.LOWEST_PRECEDENCE));
    context.getBeansOfType(FilterRegistrationBean.class).values().stream()
        .filter(r -> r.getFilter() instanceof RequestContextFilter).forEach(r -> requestContext.add(r.getOrder()));
    assertThat(security).hasSize(1);
    assertThat(requestContext).isNotEmpty().allSatisfy(order -> assertThat(order).isLessThan(security.get(0)));
  }

  // ---------------------------------------------------------------------------------------------

  /** A hostile request must be a 403 problem naming its reason, and must change no project table. */
  private void hostile(String what, List<String> wrong, String reason, java.util.function.Supplier<Answer> request) {
    Map<String, Long> before = rowCounts();
    Answer answer = request.get();
    FIGURES.add("tried", 1);
    Map<String, Long> after = rowCounts();
    if (!answer.refusedFor(reason)) {
      FIGURES.add("accepted-wrongly", 1);
      wrong.add(what + " → " + answer.status() + " " + abbreviated(answer.body()));
    } else if (!after.equals(before)) {
      FIGURES.add("accepted-wrongly", 1);
      wrong.add(what + " refused but changed " + difference(before, after));
    } else {
      FIGURES.add("refused", 1);
    }
  }

  /** A post form of a page: its action as written (an upload's with the token) and its token field. */
  private record PostForm(String action, String token) {}

  /** One mutating route: its method, path pattern and what body it takes. */
  private record Route(RequestMethod method, String pattern, String kind) {}

  private List<Route> mutatingRoutes() {
    List<Route> routes = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = mapping.getKey();
      Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/api/") && !pattern.startsWith("/app/")) {
          continue;
        }
        String kind = consumes.stream().anyMatch(t -> t.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) ? "multipart"
            : pattern.startsWith("/app/") || consumes.contains(MediaType.APPLICATION_FORM_URLENCODED) ? "form" : "json";
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.POST) : methods) {
          if (MUTATING.contains(method)) {
            routes.add(new Route(method, pattern, kind));
          }
        }
      }
    }
    return routes;
  }

  /** The request a browser page would send for this route: the token, if any, where a browser puts it. */
  private Answer send(Route route, String path, Map<String, String> headers, String token) {
    HttpRequest.Builder request = request(path, headers);
    switch (route.kind()) {
      case "multipart" -> {
        if (token != null) { // where the upload forms put it: in the action's query string
          request.uri(URI.create("http://localhost:" + port + path + "?_csrf="
              + URLEncoder.encode(token, StandardCharsets.UTF_8)));
        }
        List<Map.Entry<String, String>> fields = List.of(Map.entry("kind", "agenda"));
        String boundary = "----csrf" + System.nanoTime();
        request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .method(route.method().name(), HttpRequest.BodyPublishers.ofByteArray(
                multipartBody(boundary, fields, "议程.pdf", HardeningSamples.pdf("议程"))));
      }
      case "form" -> {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reason", "测试");
        if (token != null) {
          fields.put("_csrf", token);
        }
        request.header("Content-Type", "application/x-www-form-urlencoded")
            .method(route.method().name(), HttpRequest.BodyPublishers.ofString(urlEncoded(fields)));
      }
      default -> {
        if (token != null) {
          request.header("X-CSRF-TOKEN", token);
        }
        request.header("Content-Type", "application/json")
            .method(route.method().name(), HttpRequest.BodyPublishers.ofString("{}"));
      }
    }
    return exchange(request);
  }

  private Answer get(String path, Map<String, String> headers) {
    return exchange(request(path, headers).GET());
  }

  private Answer form(String path, String session, Map<String, String> fields) {
    return exchange(request(path, Map.of("Cookie", session, "Origin", ownOrigin()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(fields))));
  }

  private Answer multipart(String path, String session, List<Map.Entry<String, String>> fields, String fileName,
      byte[] content) {
    String boundary = "----csrf" + System.nanoTime();
    return exchange(request(path, Map.of("Cookie", session, "Origin", ownOrigin()))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(boundary, fields, fileName, content))));
  }

  private static byte[] multipartBody(String boundary, List<Map.Entry<String, String>> fields, String fileName,
      byte[] content) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(f -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
        + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private HttpRequest.Builder request(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (!headers.containsKey("Accept")) {
      request.header("Accept", "application/json");
    }
    headers.forEach(request::header);
    return request;
  }

  private Answer exchange(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private record Answer(int status, String body, HttpHeaders headers) {
    /** 403 with the problem body of this refusal ("CSRF" for the token, "跨站" for the origin). */
    boolean refusedFor(String reason) {
      return status == 403 && body != null && body.contains("\"detail\"") && body.contains(reason);
    }
  }

  /**
   * Logs in to the webapps as Tasklist does (the page for the XSRF cookie, then the login form):
   * answers the Cookie header of the session.
   */
  private String webappSession(String user) {
    Map<String, String> cookies = new LinkedHashMap<>();
    HttpResponse<String> page = raw(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/")));
    keep(page, cookies);
    HttpResponse<String> login = raw(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")))
        .header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")));
    assertThat(login.statusCode()).as("webapps login of " + user + ": " + login.body()).isEqualTo(200);
    keep(login, cookies);
    return "JSESSIONID=" + cookies.get("JSESSIONID");
  }

  private HttpResponse<String> raw(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void keep(HttpResponse<?> response, Map<String, String> cookies) {
    response.headers().allValues("Set-Cookie").forEach(cookie -> {
      String pair = cookie.split(";", 2)[0];
      cookies.put(pair.substring(0, pair.indexOf('=')).trim(), pair.substring(pair.indexOf('=') + 1).trim());
    });
  }

  /** The CSRF token of the first post form on a page opened with the session. */
  private String token(String session, String page) {
    Answer answer = get(page, Map.of("Cookie", session, "Accept", "text/html"));
    assertThat(answer.status()).as(page).isEqualTo(200);
    Matcher matcher = TOKEN.matcher(answer.body());
    assertThat(matcher.find()).as("a form with a CSRF token on " + page).isTrue();
    return matcher.group(1);
  }

  /** A held meeting of 政策法规处 with an approved budget and its claim (经费报销) open for 王丽. */
  private MeetingRecord meetingWithClaim(LocalDateTime start) {
    MeetingRecord meeting = HardeningSamples.heldMeetingWithBudget(meetings, runtimeService, taskService,
        new AsUser(identityService), start);
    runtimeService.startProcessInstanceByKey(ReimbursementVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting));
    return meeting;
  }

  private String ownOrigin() {
    return "http://localhost:" + port;
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  private static String urlEncoded(Map<String, String> fields) {
    return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
  }

  private static String attribute(String attributes, String name) {
    Matcher matcher = Pattern.compile(name + "=\"([^\"]*)\"").matcher(attributes);
    return matcher.find() ? matcher.group(1) : null;
  }

  /** A route's path with the sample meeting's id (a series page gets an unknown id). */
  private static String concrete(String pattern, long meetingId) {
    Matcher matcher = PATH_VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String value = switch (matcher.group(1)) {
        case "id", "meetingId" -> pattern.contains("/series/") ? "1" : String.valueOf(meetingId);
        case "department", "departmentCode", "code" -> "policy";
        default -> "1";
      };
      matcher.appendReplacement(path, value);
    }
    matcher.appendTail(path);
    return path.toString();
  }

  private long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }

  /** Waits for the job executor to finish what earlier requests started, so counts move only by ours. */
  private void quiet() {
    Eventually.until("no job due", () -> managementService.createJobQuery().executable().count(), n -> n == 0);
  }

  /** Every project table's row count (record_change, the change log of every row, among them). */
  private Map<String, Long> rowCounts() {
    if (countAll == null) {
      List<String> tables = jdbc.queryForList("""
          select table_name from information_schema.tables where table_schema = current_schema()
             and table_type = 'BASE TABLE' and table_name not like 'act\\_%' and table_name not like 'flyway%'
             and table_name not in ('task_notification', 'notice_delivery')
           order by table_name""", String.class);
      countAll = tables.stream().map(t -> "select '" + t + "' as t, count(*) as n from " + t)
          .collect(Collectors.joining(" union all "));
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query(countAll, rs -> {
      counts.put(rs.getString("t"), rs.getLong("n"));
    });
    return counts;
  }

  private static String difference(Map<String, Long> before, Map<String, Long> after) {
    return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
        .map(e -> e.getKey() + " " + before.get(e.getKey()) + "→" + e.getValue()).collect(Collectors.joining(", "));
  }

  private static String abbreviated(String body) {
    return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
  }
}
