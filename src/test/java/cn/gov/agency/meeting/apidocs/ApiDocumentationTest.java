package cn.gov.agency.meeting.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SecuredMvc;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description stays complete: every /api route of Spring's mapping table is in it, a
 * route that reads a body documents that body with its fields (never just "an object"), every
 * route documents its answer and the problem details it may refuse with. A new controller method
 * without them fails here. The description and Swagger UI are behind login.
 */
@ProcessTest
class ApiDocumentationTest {

  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
  private static final Set<RequestMethod> WITH_BODY = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH);

  @Autowired WebApplicationContext context;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = SecuredMvc.of(context);
  }

  @Test
  void everyApiRouteIsDescribedWithItsBodyItsAnswerAndItsProblems() throws Exception {
    JsonNode api = description();
    JsonNode paths = api.path("paths");
    List<String> wrong = new ArrayList<>();
    int routes = 0;
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
      HandlerMethod handler = mapping.getValue();
      if (handler.getBeanType().getPackageName().startsWith("org.springdoc")) {
        continue;
      }
      for (String pattern : mapping.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          routes++;
          String route = method + " " + pattern;
          JsonNode operation = paths.path(openApiPath(pattern)).path(method.name().toLowerCase());
          if (operation.isMissingNode()) {
            wrong.add(route + ": not in the description");
            continue;
          }
          if (WITH_BODY.contains(method) && readsBody(handler)) {
            JsonNode body = operation.path("requestBody").path("content");
            if (body.isMissingNode() || body.isEmpty()) {
              wrong.add(route + ": no request body documented");
            } else {
              body.forEach(media -> {
                if (!describesFields(api, media.path("schema"))) {
                  wrong.add(route + ": its body is only \"an object\", no fields: " + media.path("schema"));
                }
              });
            }
          }
          if (!answers(operation.path("responses"))) {
            wrong.add(route + ": no answer documented (a 2xx with content, or 201/204)");
          }
          for (String problem : List.of("401", "403")) {
            if (!operation.path("responses").path(problem).path("content").has("application/problem+json")) {
              wrong.add(route + ": no " + problem + " problem details");
            }
          }
        }
      }
    }
    assertThat(routes).as("/api routes in the mapping table").isGreaterThan(80);
    assertThat(wrong).as("routes whose documentation is incomplete").isEmpty();
    assertThat(api.path("components").path("schemas").path("Problem").path("properties").has("violations")).isTrue();
  }

  @Test
  void everyOperationHasAChineseTagAndSummary() throws Exception {
    List<String> english = new ArrayList<>();
    description().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      String route = op.getKey().toUpperCase() + " " + path.getKey();
      String summary = op.getValue().path("summary").asText("");
      if (!CHINESE.matcher(summary).find()) {
        english.add(route + ": summary \"" + summary + "\"");
      }
      op.getValue().path("tags").forEach(tag -> {
        if (!CHINESE.matcher(tag.asText()).find()) {
          english.add(route + ": tag " + tag.asText());
        }
      });
    }));
    assertThat(english).as("operations without a Chinese tag or summary (apidocs/ApiWords)").isEmpty();
  }

  @Test
  void theDescriptionAndSwaggerUiAreForLoggedInPeopleOnly() throws Exception {
    assertThat(mvc.perform(get("/api/openapi")).andReturn().getResponse().getStatus()).isEqualTo(401);
    assertThat(mvc.perform(get("/api/docs").accept(MediaType.TEXT_HTML)).andReturn()
        .getResponse().getRedirectedUrl()).isEqualTo("/app/login?next=%2Fapi%2Fdocs");
    MvcResult ui = mvc.perform(get("/api/docs").header(HttpHeaders.AUTHORIZATION, basic("wangli"))).andReturn();
    assertThat(ui.getResponse().getStatus()).as("/api/docs → %s", ui.getResponse().getRedirectedUrl()).isEqualTo(302);
    String page = ui.getResponse().getRedirectedUrl();
    MvcResult shown = mvc.perform(get(page).header(HttpHeaders.AUTHORIZATION, basic("wangli"))).andReturn();
    assertThat(shown.getResponse().getStatus()).as(page).isEqualTo(200);
    // its stylesheet draws the icons as data: images; the pages' own policy stays without them
    assertThat(shown.getResponse().getHeader("Content-Security-Policy")).contains("img-src 'self' data:").contains("connect-src 'self'")
        .contains("script-src 'self';").contains("frame-ancestors 'none'");
    assertThat(mvc.perform(get("/app/my").header(HttpHeaders.AUTHORIZATION, basic("wangli"))).andReturn()
        .getResponse().getHeader("Content-Security-Policy")).contains("img-src 'self';");
  }

  @Test
  void theGapsIntegratorsMetAreDocumented() throws Exception {
    JsonNode paths = description().path("paths");
    assertThat(paths.path("/api/sign-in").path("post").path("requestBody").isMissingNode()).isFalse();
    assertThat(paths.has("/api/calendar")).as("GET /api/calendar answers (the calendar's index)").isTrue();
    JsonNode draft = paths.path("/api/meetings/{id}/minutes/draft").path("put").path("requestBody")
        .path("content").path("application/json").path("schema");
    assertThat(draft.path("minProperties").asInt()).isEqualTo(1);
    assertThat(draft.path("properties").has("resolutions")).isTrue();
    JsonNode review = paths.path("/api/meetings/{meetingId}/reimbursement/items/{itemId}/review").path("post")
        .path("requestBody").path("content").path("application/json").path("schema");
    assertThat(review.path("properties").path("decision").path("enum").toString()).contains("accept", "return");
  }

  private JsonNode description() throws Exception {
    MvcResult result = mvc.perform(get("/api/openapi").header(HttpHeaders.AUTHORIZATION, basic("wangli"))).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    return new ObjectMapper().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  /** {name:regex} in a Spring pattern is {name} in OpenAPI. */
  private static String openApiPath(String pattern) {
    return pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
  }

  private static boolean readsBody(HandlerMethod handler) {
    for (MethodParameter parameter : handler.getMethodParameters()) {
      if (parameter.hasParameterAnnotation(RequestBody.class)
          || MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean describesFields(JsonNode api, JsonNode schema) {
    if (schema.has("$ref")) {
      String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
      return describesFields(api, api.path("components").path("schemas").path(name));
    }
    return schema.path("properties").size() > 0 || schema.path("items").has("$ref")
        || schema.path("items").path("properties").size() > 0;
  }

  private static boolean answers(JsonNode responses) {
    for (Iterator<String> names = responses.fieldNames(); names.hasNext(); ) {
      String status = names.next();
      if (status.equals("201") || status.equals("204")
          || status.startsWith("2") && responses.path(status).path("content").size() > 0) {
        return true;
      }
    }
    return false;
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }
}
