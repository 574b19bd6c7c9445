package cn.gov.agency.meeting.engine;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the fields of the engine's command objects. The engine offers no getters for what a command
 * carries (a task id, the variables), and the guard must see exactly that. The names belong to
 * Camunda 7.24; {@code EngineCommandFieldsTest} fails the build if an engine upgrade renames one.
 */
public final class EngineCommandFields {

  private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

  private EngineCommandFields() {}

  public static Object read(Object command, String name) {
    Field field = FIELDS.computeIfAbsent(command.getClass().getName() + "#" + name,
        key -> find(command.getClass(), name));
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + name + " of " + command.getClass().getName(), e);
    }
  }

  /** Replaces what a command carries (the guard hands the engine transient values instead of typed ones). */
  public static void write(Object command, String name, Object value) {
    Field field = FIELDS.computeIfAbsent(command.getClass().getName() + "#" + name,
        key -> find(command.getClass(), name));
    try {
      field.set(command, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot write " + name + " of " + command.getClass().getName(), e);
    }
  }

  public static String text(Object command, String name) {
    Object value = read(command, name);
    return value == null ? null : value.toString();
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> variables(Object command, String name) {
    return (Map<String, Object>) read(command, name);
  }

  private static Field find(Class<?> type, String name) {
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      try {
        Field field = current.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // declared further up
      }
    }
    throw new IllegalStateException(type.getName() + " has no field " + name + " (engine upgraded?)");
  }
}
