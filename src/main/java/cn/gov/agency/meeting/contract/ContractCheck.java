package cn.gov.agency.meeting.contract;

import cn.gov.agency.meeting.validation.Violation;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Holds what a person sent with a task completion or a process start against the form's
 * {@link FormContract}: only declared fields, each of its kind, within its allowed values and
 * limits; read-only fields only with the value they already have. The engine glue
 * ({@code PeopleCommandGuard}) turns the result into a refusal or drops the read-only echoes.
 */
public final class ContractCheck {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The engine keeps a text variable in a column of 4,000 characters. */
  static final int MAX_TEXT = 4000;

  private final ZoneId zone;

  public ContractCheck(ZoneId zone) {
    this.zone = zone;
  }

  /** What the check found: the broken rules, and the read-only fields that only echo their value. */
  public record Verdict(List<Violation> violations, Set<String> echoedReadonly) {

    public boolean accepted() {
      return violations.isEmpty();
    }
  }

  /**
   * @param submitted what the person sent, by variable name
   * @param current   the value a variable has now where the person acts (null if none)
   */
  public Verdict check(FormContract contract, Map<String, SubmittedValue> submitted,
      Function<String, Object> current) {
    List<Violation> violations = new ArrayList<>();
    Set<String> echoed = new LinkedHashSet<>();
    submitted.forEach((name, value) -> {
      Optional<FormField> declared = contract.field(name);
      if (declared.isEmpty()) {
        violations.add(new Violation(name, name, "undeclared", contract.formId() == null
            ? "不能提交：此环节没有表单，办理时不接受任何变量 / no form here: no variable may be sent"
            : "不能提交：不是表单「" + contract.formId() + "」的字段 / not a field of form " + contract.formId()));
        return;
      }
      FormField field = declared.get();
      if (value.opaque()) {
        violations.add(violation(field, "type", "类型 " + value.typeName() + " 不接受，应为" + field.kind().label()
            + " / type " + value.typeName() + " is not accepted"));
        return;
      }
      if (field.readonly()) {
        if (sameValue(value.value(), current.apply(name))) {
          echoed.add(name);
        } else {
          violations.add(violation(field, "readonly", "是只读字段，不能修改 / read-only field"));
        }
        return;
      }
      checkValue(field, value, current, violations);
    });
    return new Verdict(List.copyOf(violations), Set.copyOf(echoed));
  }

  private void checkValue(FormField field, SubmittedValue submitted, Function<String, Object> current,
      List<Violation> violations) {
    Object value = submitted.value();
    if (value == null) {
      return;
    }
    switch (field.kind()) {
      case TEXT -> checkText(field, value, violations);
      case NUMBER -> checkNumber(field, value, violations);
      case BOOLEAN -> {
        if (!(value instanceof Boolean)) {
          violations.add(wrongType(field, submitted));
        }
      }
      case CHOICE -> checkChoice(field, value, current, violations);
      case CHOICES -> checkChoices(field, value, current, violations);
      case DATETIME -> checkDateTime(field, value, violations);
    }
  }

  private static void checkText(FormField field, Object value, List<Violation> violations) {
    if (!(value instanceof String text)) {
      violations.add(violation(field, "type", "应为文本 / must be text"));
      return;
    }
    int limit = field.maxLength() == null ? MAX_TEXT : Math.min(field.maxLength(), MAX_TEXT);
    if (text.length() > limit) {
      violations.add(violation(field, "maxLength", "不能超过 " + limit + " 个字 / at most " + limit + " characters"));
    }
  }

  private static void checkNumber(FormField field, Object value, List<Violation> violations) {
    if (decimal(value).isEmpty()) {
      violations.add(violation(field, "type", "应为数字 / must be a number"));
    }
  }

  private static void checkChoice(FormField field, Object value, Function<String, Object> current,
      List<Violation> violations) {
    if (!(value instanceof String choice)) {
      violations.add(violation(field, "type", "应为选项之一 / must be one of the options"));
      return;
    }
    Map<String, String> options = options(field, current);
    if (!choice.isEmpty() && !options.containsKey(choice)) {
      violations.add(optionViolation(field, options));
    }
  }

  private static void checkChoices(FormField field, Object value, Function<String, Object> current,
      List<Violation> violations) {
    Optional<List<Object>> chosen = value instanceof String text && text.isBlank() ? Optional.of(List.of()) : list(value);
    if (chosen.isEmpty()) {
      violations.add(violation(field, "type", "应为选项列表（JSON 数组，如 [\"a\",\"b\"]）/ must be a JSON list of options"));
      return;
    }
    Map<String, String> options = options(field, current);
    if (chosen.get().stream().anyMatch(choice -> !(choice instanceof String text) || !options.containsKey(text))) {
      violations.add(optionViolation(field, options));
    }
  }

  private static Violation optionViolation(FormField field, Map<String, String> options) {
    String listed = options.entrySet().stream().map(option -> option.getValue() + "（" + option.getKey() + "）")
        .collect(Collectors.joining("、"));
    return violation(field, "option", "只能选择：" + listed + " / must be one of " + options.keySet());
  }

  private static void checkDateTime(FormField field, Object value, List<Violation> violations) {
    if (!(value instanceof String) && !(value instanceof Date)) {
      violations.add(violation(field, "type", "应为日期时间文本 / must be an ISO date/time text"));
    }
  }

  /** A read-only field's echo: Tasklist sends back what it showed, possibly in another shape. */
  boolean sameValue(Object submitted, Object current) {
    if (empty(submitted) || empty(current)) {
      return empty(submitted) && empty(current);
    }
    Optional<BigDecimal> left = decimal(submitted);
    Optional<BigDecimal> right = decimal(current);
    if (left.isPresent() || right.isPresent()) {
      return left.isPresent() && right.isPresent() && left.get().compareTo(right.get()) == 0;
    }
    Optional<LocalDateTime> leftTime = instant(submitted);
    Optional<LocalDateTime> rightTime = instant(current);
    if (leftTime.isPresent() && rightTime.isPresent()) {
      return leftTime.get().equals(rightTime.get());
    }
    Optional<List<Object>> leftList = submitted instanceof Collection<?> || submitted instanceof String s
        && s.trim().startsWith("[") ? list(submitted) : Optional.empty();
    if (leftList.isPresent()) {
      return leftList.equals(list(current));
    }
    return String.valueOf(submitted).trim().equals(String.valueOf(current).trim());
  }

  /** Nothing shown: a read-only checkbox without a value shows unticked, and Tasklist sends back false. */
  private static boolean empty(Object value) {
    return value == null || Boolean.FALSE.equals(value) || value instanceof String text && text.isBlank()
        || value instanceof Collection<?> collection && collection.isEmpty();
  }

  private Optional<LocalDateTime> instant(Object value) {
    if (value instanceof Date date) {
      return Optional.of(LocalDateTime.ofInstant(date.toInstant(), zone).truncatedTo(ChronoUnit.MINUTES));
    }
    if (value instanceof String text) {
      return parse(text);
    }
    return Optional.empty();
  }

  /** Dates and date-times as Camunda Forms writes them, with or without an offset. */
  private Optional<LocalDateTime> parse(String text) {
    String trimmed = text.trim();
    try {
      return Optional.of(trimmed.length() == 10 ? LocalDate.parse(trimmed).atStartOfDay() : dateTime(trimmed));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private LocalDateTime dateTime(String text) {
    try {
      return LocalDateTime.parse(text).truncatedTo(ChronoUnit.MINUTES);
    } catch (DateTimeParseException noOffset) {
      String iso = text.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
      return OffsetDateTime.parse(iso).atZoneSameInstant(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    }
  }

  private static Optional<BigDecimal> decimal(Object value) {
    if (value instanceof BigDecimal decimal) {
      return Optional.of(decimal);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      return Double.isFinite(number) ? Optional.of(BigDecimal.valueOf(number)) : Optional.empty();
    }
    if (value instanceof java.math.BigInteger integer) {
      return Optional.of(new BigDecimal(integer));
    }
    return Optional.empty();
  }

  private static Optional<List<Object>> list(Object value) {
    if (value instanceof Collection<?> collection) {
      return Optional.of(List.copyOf(collection.stream().map(Object.class::cast).toList()));
    }
    if (value instanceof String text) {
      try {
        return Optional.of(JSON.readValue(text, new TypeReference<List<Object>>() {}));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> options(FormField field, Function<String, Object> current) {
    if (field.optionsVariable() == null) {
      return field.options();
    }
    Map<String, String> values = new LinkedHashMap<>();
    list(current.apply(field.optionsVariable())).orElse(List.of()).forEach(option -> {
      if (option instanceof Map<?, ?> map && map.get("value") != null) {
        Object label = map.get("label");
        values.put(String.valueOf(map.get("value")), String.valueOf(label != null ? label : map.get("value")));
      }
    });
    return values;
  }

  private static Violation wrongType(FormField field, SubmittedValue submitted) {
    return violation(field, "type", "应为" + field.kind().label() + "，收到 "
        + Objects.requireNonNullElse(submitted.typeName(), submitted.value().getClass().getSimpleName())
        + " / must be " + field.kind().name().toLowerCase());
  }

  private static Violation violation(FormField field, String rule, String message) {
    return new Violation(field.key(), field.label(), rule, message);
  }
}
