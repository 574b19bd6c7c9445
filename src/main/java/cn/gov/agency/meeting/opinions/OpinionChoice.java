package cn.gov.agency.meeting.opinions;

import cn.gov.agency.meeting.validation.Violations;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The radio answers of the opinion forms: an English value sent by the form, a Chinese label. */
enum OpinionChoice {
  ACCEPT("accept", "同意答复"),
  RETURN("return", "退回重办"),
  URGE("urge", "督促办理"),
  CLOSE("close", "认定未答复并结案");

  static final OpinionChoice[] REVIEW = {ACCEPT, RETURN};
  static final OpinionChoice[] URGING = {URGE, CLOSE};

  private final String value;
  private final String label;

  OpinionChoice(String value, String label) {
    this.value = value;
    this.label = label;
  }

  String value() {
    return value;
  }

  String label() {
    return label;
  }

  /** The choice the form sent among {@code choices}, or null with a violation naming the allowed values. */
  static OpinionChoice parse(OpinionChoice[] choices, Object value, String field, String label,
      Violations violations) {
    if (value == null || value.toString().isBlank()) {
      violations.add(field, label, "required", "必须选择");
      return null;
    }
    return Arrays.stream(choices).filter(c -> c.value.equals(value.toString())).findFirst().orElseGet(() -> {
      violations.add(field, label, "choice", "必须是 " + Arrays.stream(choices)
          .map(c -> c.value + "（" + c.label + "）").collect(Collectors.joining("、")) + " 之一");
      return null;
    });
  }
}
