package cn.gov.agency.meeting.reliability;

import cn.gov.agency.meeting.contract.FieldKind;
import cn.gov.agency.meeting.contract.FormContract;
import cn.gov.agency.meeting.contract.FormField;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The hostile completions of one task, generated from its process model, its form and the variables
 * it sees: (a) every variable its process names in an expression that is not an editable field of
 * its form, set to a comma-joined group list (or, for a flag or a number, the opposite flag or
 * another number); (b) every variable that identifies a record ({@code *Id}, the departments, the
 * applicant, the recorder) — named by the process, seen by the task or named by the application's
 * {@code *Variables} — set to another record's value; (c) one read-only field of its form changed.
 * Each goes with honest values for the form's editable fields, as a real attacker would send.
 */
final class TaskAttacks {

  /** One hostile completion: what it is about, the variable, and the value sent for it. */
  record Attack(String kind, String variable, Object value) {}

  static final String PROCESS_VARIABLE = "process-variable";
  static final String RECORD = "record";
  static final String READ_ONLY = "read-only";

  private static final Set<String> RECORD_NAMES = Set.of("department", "applicant", "hostDepartment",
      "responsibleDepartment", "recorder");
  /** Variables the application's code reads and writes, from its {@code *Variables} classes. */
  private static final Set<String> APPLICATION_VARIABLES = applicationVariables();

  private final List<Long> meetingIds;
  private final List<Long> applicationIds;

  TaskAttacks(List<Long> meetingIds, List<Long> applicationIds) {
    this.meetingIds = meetingIds;
    this.applicationIds = applicationIds;
  }

  static boolean identifiesARecord(String name) {
    return name.endsWith("Id") || RECORD_NAMES.contains(name);
  }

  /**
   * @param processVariables what the task's process names in its expressions
   * @param current          the variables the task sees now
   * @param workerGroup      a group of the person attacking, for the injected group lists
   */
  List<Attack> on(FormContract form, Set<String> processVariables, Map<String, Object> current, String workerGroup) {
    Set<String> editable = Set.copyOf(form.editableKeys());
    Map<String, Attack> attacks = new LinkedHashMap<>();
    Set<String> records = new TreeSet<>();
    processVariables.stream().filter(TaskAttacks::identifiesARecord).forEach(records::add);
    current.keySet().stream().filter(TaskAttacks::identifiesARecord).forEach(records::add);
    APPLICATION_VARIABLES.stream().filter(TaskAttacks::identifiesARecord).forEach(records::add);
    for (String name : records) {
      if (!editable.contains(name)) {
        attacks.put(name, new Attack(RECORD, name, anotherRecord(name, current.get(name))));
      }
    }
    for (String name : processVariables) {
      if (!editable.contains(name) && !attacks.containsKey(name)) {
        attacks.put(name, new Attack(PROCESS_VARIABLE, name, injected(current.get(name), workerGroup)));
      }
    }
    List<Attack> all = new ArrayList<>(attacks.values());
    form.fields().stream().filter(FormField::readonly).findFirst()
        .ifPresent(field -> all.add(new Attack(READ_ONLY, field.key(), changed(current.get(field.key())))));
    return all;
  }

  /** Values a person could honestly enter in the form's editable fields (what the contract surely accepts). */
  static Map<String, Object> honest(FormContract form) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (FormField field : form.fields()) {
      if (field.readonly()) {
        continue;
      }
      if (field.kind() == FieldKind.TEXT) {
        values.put(field.key(), "已阅");
      } else if (field.kind() == FieldKind.NUMBER) {
        values.put(field.key(), 1);
      } else if (field.kind() == FieldKind.BOOLEAN) {
        values.put(field.key(), false);
      } else if (field.kind() == FieldKind.CHOICE && field.optionsVariable() == null && !field.options().isEmpty()) {
        values.put(field.key(), field.options().keySet().iterator().next());
      }
    }
    return values;
  }

  private Object anotherRecord(String name, Object current) {
    switch (name) {
      case "department", "hostDepartment", "responsibleDepartment" -> {
        return "policy".equals(current) ? "business" : "policy";
      }
      case "applicant" -> {
        return "wangli".equals(current) ? "chenjing" : "wangli";
      }
      case "recorder" -> {
        return "hanmei".equals(current) ? "weilan" : "hanmei";
      }
      case "meetingId" -> {
        return another(meetingIds, current);
      }
      case "applicationId" -> {
        return another(applicationIds, current);
      }
      default -> {
        if (current instanceof Number number) {
          return number.longValue() + 1;
        }
        return current instanceof String text ? text + "0" : meetingIds.get(0);
      }
    }
  }

  private static long another(List<Long> ids, Object current) {
    return ids.stream().filter(id -> !(current instanceof Number n) || n.longValue() != id).findFirst()
        .orElseThrow();
  }

  private static Object injected(Object current, String workerGroup) {
    if (current instanceof Boolean flag) {
      return !flag;
    }
    if (current instanceof Number number) {
      return number.longValue() + 1;
    }
    String base = current instanceof String text && !text.isBlank() ? text : "policy";
    return base + "," + workerGroup;
  }

  private static Object changed(Object current) {
    if (current instanceof Number number) {
      return number.longValue() + 1;
    }
    return (current == null ? "" : String.valueOf(current)) + "（改）";
  }

  private static Set<String> applicationVariables() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Variables")));
    Set<String> names = new LinkedHashSet<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("cn.gov.agency.meeting")) {
      try {
        Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), TaskAttacks.class.getClassLoader());
        for (Field field : type.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
              && Modifier.isFinal(field.getModifiers())) {
            field.setAccessible(true);
            Object value = field.get(null);
            if (value instanceof String name && name.matches("[a-zA-Z]+")) {
              names.add(name);
            }
          }
        }
      } catch (ClassNotFoundException | IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return names;
  }
}
