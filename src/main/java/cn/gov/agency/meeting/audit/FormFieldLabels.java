package cn.gov.agency.meeting.audit;

import cn.gov.agency.meeting.contract.FieldKind;
import cn.gov.agency.meeting.contract.FormContract;
import cn.gov.agency.meeting.contract.FormField;
import cn.gov.agency.meeting.folders.AdminFolders;
import cn.gov.agency.meeting.folders.AdminFolders.AdminResource;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What an auditor reads for a submitted field: the label the person saw on the form and the value
 * as they picked it (审批结果：同意), not the variable (leaderDecision=approve). From the forms of
 * {@code forms/} as the administrator keeps them; a field a form no longer has keeps its raw name.
 */
@Component
class FormFieldLabels {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AdminFolders folders;

  FormFieldLabels(AdminFolders folders) {
    this.folders = folders;
  }

  /** Field key → its form field, read once per trail (forms may be redeployed while the application runs). */
  Map<String, FormField> fields() {
    Map<String, FormField> fields = new HashMap<>();
    for (AdminResource form : folders.formResources()) {
      try {
        FormContract.parse(form.content()).fields().stream().filter(field -> !field.readonly())
            .forEach(field -> fields.putIfAbsent(field.key(), field));
      } catch (RuntimeException unreadable) {
        // the deployment check refuses such a form; its fields keep their raw names here
      }
    }
    return fields;
  }

  /** 「审批结果：同意」 for a form's field, empty for a variable no form lets a person fill in. */
  static Optional<String> describe(Map<String, FormField> fields, String key, Object value) {
    FormField field = fields.get(key);
    if (field == null) {
      return Optional.empty();
    }
    return Optional.of(field.label() + "：" + valueLabel(field, value));
  }

  private static String valueLabel(FormField field, Object value) {
    if (value == null) {
      return "（空）";
    }
    if (field.kind() == FieldKind.BOOLEAN || value instanceof Boolean) {
      return Boolean.parseBoolean(value.toString()) ? "是" : "否";
    }
    String text = value.toString();
    Map<String, String> options = field.options() == null ? Map.of() : field.options();
    if (text.startsWith("[")) {
      // a checklist: its ticks as a JSON list, shown as the options' labels
      try {
        List<String> picked = new ArrayList<>();
        JSON.readTree(text).forEach(item -> picked.add(options.getOrDefault(item.asText(), item.asText())));
        return picked.isEmpty() ? "（未选）" : String.join("、", picked);
      } catch (JsonProcessingException notAList) {
        return text;
      }
    }
    return options.getOrDefault(text, text);
  }
}
