package cn.gov.agency.meeting.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** What the integration tests do through the engine's REST API, as Tasklist does it. */
public final class EngineRest {

  private EngineRest() {}

  /** The tasks of the user's Tasklist filter with this name (there must be exactly one such filter). */
  public static JsonNode inbox(RestClient user, String filterName) {
    JsonNode filters = user.get("/engine-rest/filter?resourceType=Task").json();
    List<JsonNode> named = StreamSupport.stream(filters.spliterator(), false)
        .filter(f -> f.get("name").asText().equals(filterName)
            || f.get("name").asText().startsWith(filterName + "（")).toList();
    assertThat(named).as("filter %s", filterName).hasSize(1);
    return user.get("/engine-rest/filter/" + named.get(0).get("id").asText() + "/list").json();
  }

  public static List<JsonNode> tasksOf(JsonNode tasks, String instanceId) {
    return StreamSupport.stream(tasks.spliterator(), false)
        .filter(t -> t.get("processInstanceId").asText().equals(instanceId)).toList();
  }

  public static JsonNode single(JsonNode tasks, String instanceId) {
    List<JsonNode> ofInstance = tasksOf(tasks, instanceId);
    assertThat(ofInstance).hasSize(1);
    return ofInstance.get(0);
  }

  public static List<String> ids(JsonNode tasks) {
    return StreamSupport.stream(tasks.spliterator(), false).map(t -> t.get("id").asText()).toList();
  }

  /** The body of start/submit-form/complete: {"variables": {name: {"value": v}}}. */
  public static Map<String, Object> variables(Map<String, ?> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return Map.of("variables", variables);
  }
}
