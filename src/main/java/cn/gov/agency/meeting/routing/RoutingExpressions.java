package cn.gov.agency.meeting.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a diagram writes in {@code camunda:candidateGroups}, {@code camunda:candidateUsers} and
 * {@code camunda:assignee}: a comma-separated list whose entries are literals or expressions. The
 * only expression allowed is a {@link TaskRouting} method on {@code execution}; anything reading a
 * process variable ({@code leader-${hostDepartment}}) is refused, because a variable is what a
 * person could have sent.
 */
public final class RoutingExpressions {

  private static final Pattern ROUTE = Pattern.compile(
      "^\\$\\{\\s*" + TaskRouting.BEAN + "\\s*\\.\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\(\\s*execution\\s*\\)\\s*}$");

  private RoutingExpressions() {}

  /** The entries of a comma-separated attribute; commas inside {@code ${…}} or {@code #{…}} do not split. */
  public static List<String> entries(String attribute) {
    List<String> entries = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < attribute.length(); i++) {
      char c = attribute.charAt(i);
      if ((c == '$' || c == '#') && i + 1 < attribute.length() && attribute.charAt(i + 1) == '{') {
        depth++;
        current.append(c).append('{');
        i++;
        continue;
      }
      if (c == '}' && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        entries.add(current.toString().trim());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    entries.add(current.toString().trim());
    return entries.stream().filter(entry -> !entry.isEmpty()).toList();
  }

  public static boolean isExpression(String entry) {
    return entry.contains("${") || entry.contains("#{");
  }

  /** The {@link TaskRouting} method an entry names, if it is exactly {@code ${taskRouting.m(execution)}}. */
  public static Optional<String> routeMethod(String entry) {
    Matcher matcher = ROUTE.matcher(entry.trim());
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /**
   * Why an expression entry of an attribute expecting {@code kind} cannot be deployed, in Chinese
   * for the administrator; empty when it names a routing method of that kind.
   */
  public static Optional<String> problem(String entry, Route.Kind kind, Map<String, Route> routes) {
    Optional<String> method = routeMethod(entry);
    if (method.isEmpty()) {
      return Optional.of(kind.label() + " " + entry + " 不能取自流程变量或其他表达式，请使用 ${" + TaskRouting.BEAN
          + ".方法(execution)}，按流程绑定的业务记录确定（可用：" + available(kind, routes) + "）");
    }
    Route route = routes.get(method.get());
    if (route == null) {
      return Optional.of(kind.label() + "表达式 " + entry + " 中的 " + method.get() + " 不是 " + TaskRouting.BEAN
          + " 的分派方法（可用：" + available(kind, routes) + "）");
    }
    if (route.value() != kind) {
      return Optional.of(kind.label() + "表达式 " + entry + " 给出的是" + route.value().label() + "（" + route.label()
          + "），不是" + kind.label());
    }
    return Optional.empty();
  }

  private static String available(Route.Kind kind, Map<String, Route> routes) {
    List<String> names = new ArrayList<>();
    routes.forEach((name, route) -> {
      if (route.value() == kind) {
        names.add(name + " " + route.label());
      }
    });
    return String.join("；", names);
  }
}
