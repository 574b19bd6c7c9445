package cn.gov.agency.meeting.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a person may send with one Camunda Form: its keyed fields, each with its kind, whether it is
 * only shown (read-only), its allowed values and its limits. Derived from the form file itself, so
 * that an administrator who edits a form in Camunda Modeler changes the contract with it. A form
 * that uses a component whose submitted data this contract cannot describe is refused at
 * deployment ({@link UnsupportedFormException}).
 */
public final class FormContract {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Components that show something but submit nothing. */
  private static final Set<String> DISPLAY_ONLY = Set.of("text", "spacer", "separator", "image", "html", "button",
      "table", "iframe", "documentPreview");
  /** Components that only group others: their children are read as if they stood on the form. */
  private static final Set<String> CONTAINERS = Set.of("default", "group");

  private final String formId;
  private final Map<String, FormField> fields;

  private FormContract(String formId, Map<String, FormField> fields) {
    this.formId = formId;
    this.fields = fields;
  }

  /** The contract of a task or start event without a form: a person may send nothing. */
  public static FormContract noForm() {
    return new FormContract(null, Map.of());
  }

  public static FormContract parse(byte[] formJson) {
    JsonNode root;
    try {
      root = JSON.readTree(formJson);
    } catch (IOException e) {
      throw new UnsupportedFormException("表单不是有效的 JSON / not a JSON form: " + e.getMessage());
    }
    String id = root.path("id").asText(null);
    Map<String, FormField> fields = new LinkedHashMap<>();
    readComponents(root.path("components"), fields);
    return new FormContract(id, Map.copyOf(fields));
  }

  /** The form's id ({@code camunda:formRef}), or null for {@link #noForm()}. */
  public String formId() {
    return formId;
  }

  public Optional<FormField> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  public Collection<FormField> fields() {
    return fields.values();
  }

  private static void readComponents(JsonNode components, Map<String, FormField> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      if (DISPLAY_ONLY.contains(type)) {
        continue;
      }
      if (CONTAINERS.contains(type)) {
        if (component.hasNonNull("path") && !component.path("path").asText().isBlank()) {
          throw unsupported(component, "组件带有数据路径（path）");
        }
        readComponents(component.path("components"), fields);
        continue;
      }
      FormField field = field(component, type);
      if (fields.putIfAbsent(field.key(), field) != null) {
        throw unsupported(component, "字段名 " + field.key() + " 在表单中出现两次");
      }
    }
  }

  private static FormField field(JsonNode component, String type) {
    FieldKind kind = FieldKind.ofComponentType(type)
        .orElseThrow(() -> unsupported(component, "组件类型 " + type + " 的提交内容无法校验"));
    String key = component.path("key").asText("");
    if (key.isBlank() || key.contains(".") || key.contains("[")) {
      throw unsupported(component, "字段名必须是不含“.”和“[”的变量名");
    }
    JsonNode validate = component.path("validate");
    String label = firstText(component, "label", "dateLabel", "timeLabel").orElse(key);
    return new FormField(key, label, kind,
        component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
        options(component), component.path("valuesKey").asText(null), maxLength(validate),
        component.path("properties").path(FormField.KEEP_AS_VARIABLE).asText("").trim().equalsIgnoreCase("true"));
  }

  private static Map<String, String> options(JsonNode component) {
    Map<String, String> values = new LinkedHashMap<>();
    component.path("values").forEach(option -> values.put(option.path("value").asText(),
        option.path("label").asText(option.path("value").asText())));
    return Collections.unmodifiableMap(values);
  }

  private static Optional<String> firstText(JsonNode component, String... names) {
    for (String name : names) {
      if (component.hasNonNull(name) && !component.path(name).asText().isBlank()) {
        return Optional.of(component.path(name).asText());
      }
    }
    return Optional.empty();
  }

  private static Integer maxLength(JsonNode validate) {
    return validate.path("maxLength").canConvertToInt() ? validate.path("maxLength").asInt() : null;
  }

  private static UnsupportedFormException unsupported(JsonNode component, String reason) {
    return new UnsupportedFormException("组件 " + component.path("id").asText("?") + "：" + reason);
  }

  /** Keys of fields a person may change (not read-only). */
  public List<String> editableKeys() {
    List<String> keys = new ArrayList<>();
    fields.values().stream().filter(field -> !field.readonly()).forEach(field -> keys.add(field.key()));
    return keys;
  }
}
