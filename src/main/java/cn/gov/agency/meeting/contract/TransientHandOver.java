package cn.gov.agency.meeting.contract;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.PrimitiveValueType;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a person typed into a form (texts, numbers, dates: {@link FormField#handedOverTransient()})
 * goes to the engine as transient variables: the step after the task reads them as before, in the
 * same transaction, and keeps them in the project's tables; the engine writes them neither to
 * {@code ACT_RU_VARIABLE} nor to its history. Picked values and fields the form keeps as variables
 * pass unchanged; read-only echoes are left out (they are not written again).
 */
final class TransientHandOver {

  private TransientHandOver() {}

  /** The variables the command should carry instead of {@code sent}. */
  static VariableMap of(FormContract contract, Map<String, Object> sent, Set<String> echoedReadonly) {
    Map<String, Object> handed = new LinkedHashMap<>();
    sent.forEach((name, value) -> {
      if (echoedReadonly.contains(name)) {
        return;
      }
      boolean typed = contract.field(name).map(FormField::handedOverTransient).orElse(false);
      handed.put(name, typed ? asTransient(value) : value);
    });
    return Variables.fromMap(handed);
  }

  /** The names among {@code sent} that go over as transient variables. */
  static Set<String> transientNames(FormContract contract, Map<String, Object> sent) {
    return sent.keySet().stream().filter(name -> contract.field(name).map(FormField::handedOverTransient)
        .orElse(false)).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The same value as a transient variable of its own type (the contract has checked the kind). */
  static TypedValue asTransient(Object value) {
    if (value instanceof TypedValue typed) {
      if (typed.isTransient()) {
        return typed;
      }
      ValueType type = typed.getType();
      if (type instanceof PrimitiveValueType primitive && typed.getValue() != null) {
        return primitive.createValue(typed.getValue(), Map.of(ValueType.VALUE_INFO_TRANSIENT, true));
      }
      value = typed.getValue();
    }
    if (value == null) {
      return Variables.untypedNullValue(true);
    }
    if (value instanceof String text) {
      return Variables.stringValue(text, true);
    }
    if (value instanceof Integer number) {
      return Variables.integerValue(number, true);
    }
    if (value instanceof Long number) {
      return Variables.longValue(number, true);
    }
    if (value instanceof Short number) {
      return Variables.shortValue(number, true);
    }
    if (value instanceof Double || value instanceof Float) {
      return Variables.doubleValue(((Number) value).doubleValue(), true);
    }
    if (value instanceof Date date) {
      return Variables.dateValue(date, true);
    }
    return Variables.untypedValue(value, true);
  }
}
