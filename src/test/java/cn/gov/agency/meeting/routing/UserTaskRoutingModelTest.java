package cn.gov.agency.meeting.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Derived from the committed diagrams, not from a list: every user task of every process in
 * processes/ routes by the record (a {@link TaskRouting} method on {@code execution}) or to a fixed
 * group, and nowhere by a process variable, which a person could have sent with an earlier task.
 */
class UserTaskRoutingModelTest {

  /** Exactly {@code ${taskRouting.someMethod(execution)}}. */
  private static final Pattern ROUTE = Pattern.compile("^\\$\\{taskRouting\\.([A-Za-z][A-Za-z0-9]*)\\(execution\\)}$");
  /** A literal group id such as {@code office} or {@code head-office}: no expression at all. */
  private static final Pattern FIXED_GROUP = Pattern.compile("^[a-z][a-z0-9-]*$");

  @Test
  void everyUserTaskRoutesByTheRecordOrToAFixedGroupAndNeverByAVariable() throws IOException {
    Map<String, Route> routes = TaskRouting.routes();
    List<String> wrong = new ArrayList<>();
    int tasks = 0;
    int routedByRecord = 0;
    for (Path file : diagrams()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        tasks++;
        String where = file.getFileName() + "#" + task.getId();
        String groups = task.getCamundaCandidateGroups();
        String users = task.getCamundaCandidateUsers();
        String assignee = task.getCamundaAssignee();
        if (blank(groups) && blank(users) && blank(assignee)) {
          wrong.add(where + ": nobody to route to");
        }
        for (String group : entries(groups)) {
          Matcher route = ROUTE.matcher(group);
          if (route.matches()) {
            routedByRecord++;
            Route method = routes.get(route.group(1));
            if (method == null || method.value() != Route.Kind.CANDIDATE_GROUPS) {
              wrong.add(where + ": candidate groups " + group + " is no group routing of taskRouting");
            }
          } else if (!FIXED_GROUP.matcher(group).matches()) {
            wrong.add(where + ": candidate groups " + group + " neither routes by the record nor is a fixed group");
          }
        }
        for (String user : Stream.concat(entries(users).stream(), entries(assignee).stream()).toList()) {
          Matcher route = ROUTE.matcher(user);
          if (route.matches()) {
            routedByRecord++;
            Route method = routes.get(route.group(1));
            if (method == null || method.value() != Route.Kind.ASSIGNEE) {
              wrong.add(where + ": assignee " + user + " is no user routing of taskRouting");
            }
          } else {
            wrong.add(where + ": assignee " + user + " does not route by the record");
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(tasks).as("user tasks found in processes/").isGreaterThan(30);
    assertThat(routedByRecord).as("tasks routed by their record").isGreaterThan(15);
  }

  private static List<Path> diagrams() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  /** A comma-separated attribute; our routing expressions hold no comma. */
  private static List<String> entries(String attribute) {
    if (blank(attribute)) {
      return List.of();
    }
    return Stream.of(attribute.split(",")).map(String::trim).filter(entry -> !entry.isEmpty()).toList();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
