package cn.gov.agency.meeting.followup;

import cn.gov.agency.meeting.validation.Violations;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A radio/select answer of a follow-up form: an English value sent by the form, a Chinese label. */
interface FormChoice {

  String value();

  String label();

  /** The choice the form sent, or null with a violation naming the allowed values. */
  static <E extends FormChoice> E parse(E[] choices, Object value, String field, String label,
      Violations violations) {
    if (value == null || value.toString().isBlank()) {
      violations.add(field, label, "required", "必须选择");
      return null;
    }
    return Arrays.stream(choices).filter(c -> c.value().equals(value.toString())).findFirst().orElseGet(() -> {
      violations.add(field, label, "choice", "必须是 " + Arrays.stream(choices)
          .map(c -> c.value() + "（" + c.label() + "）").collect(Collectors.joining("、")) + " 之一");
      return null;
    });
  }
}
