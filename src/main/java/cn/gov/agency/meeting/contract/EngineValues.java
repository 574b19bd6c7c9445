package cn.gov.agency.meeting.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.variable.type.PrimitiveValueType;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** Unwraps what the engine's interfaces deliver (typed, untyped or plain Java values) for the contract. */
final class EngineValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EngineValues() {}

  static SubmittedValue submitted(Object raw) {
    if (!(raw instanceof TypedValue typed)) {
      return plain(raw, null);
    }
    ValueType type = typed.getType();
    if (type == null) {
      return plain(typed.getValue(), null);
    }
    if (type == ValueType.BYTES || type == ValueType.FILE) {
      return SubmittedValue.opaque(type.getName());
    }
    if (type instanceof PrimitiveValueType) {
      return plain(typed.getValue(), type.getName());
    }
    if ("json".equals(type.getName()) && typed instanceof SerializableValue serializable) {
      try {
        return SubmittedValue.of(JSON.readValue(serializable.getValueSerialized(), Object.class), type.getName());
      } catch (IOException | IllegalStateException e) {
        return SubmittedValue.opaque(type.getName());
      }
    }
    return SubmittedValue.opaque(type.getName());
  }

  /** A value the engine holds now, as the contract compares it (typed values unwrapped). */
  static Object current(Object value) {
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  private static SubmittedValue plain(Object value, String typeName) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof Date || value instanceof Collection<?> || value instanceof Map<?, ?>) {
      return SubmittedValue.of(value, typeName);
    }
    return SubmittedValue.opaque(typeName != null ? typeName : value.getClass().getSimpleName());
  }
}
