package cn.gov.agency.meeting.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Every command of the engine that carries variables, or a builder that may, is either checked
 * against the forms, reserved for administrators, or known to only read. An engine upgrade that
 * adds a way to send variables fails here until it is classified.
 */
class CommandCoverageTest {

  /** Commands that carry variables only to read or to evaluate, never to store them. */
  private static final Set<String> ONLY_READ = Set.of(
      "GetExecutionVariablesCmd", "GetExecutionVariableCmd", "GetExecutionVariableTypedCmd",
      "GetTaskVariablesCmd", "GetTaskVariableCmd", "GetTaskVariableCmdTyped", "GetTaskFormVariablesCmd", "GetStartFormVariablesCmd",
      "AbstractGetFormVariablesCmd", "CreateMigrationPlanCmd", "OptimizeHistoricVariableUpdateQueryCmd",
      "GetDeployedProcessDefinitionCmd",
      // Its builder holds resources, not variables; deploying needs CREATE on DEPLOYMENT, which only
      // administrators hold.
      "DeployCmd");

  @Test
  void everyCommandThatCarriesVariablesIsClassified() throws ClassNotFoundException {
    List<String> unclassified = new ArrayList<>();
    int carrying = 0;
    for (Class<?> type : engineCommands()) {
      if (!carriesVariables(type)) {
        continue;
      }
      carrying++;
      boolean classified = PeopleCommandGuard.CONTRACT_CHECKED.stream().anyMatch(checked -> checked.isAssignableFrom(type))
          || AdministratorCommands.covers(type) || ONLY_READ.contains(type.getSimpleName());
      if (!classified) {
        unclassified.add(type.getName());
      }
    }
    assertThat(carrying).as("the scan finds the engine's commands").isGreaterThan(20);
    assertThat(unclassified).as("engine commands carrying variables that the guard does not classify").isEmpty();
  }

  private static Set<Class<?>> engineCommands() throws ClassNotFoundException {
    var scanner = new ClassPathScanningCandidateComponentProvider(false) {
      @Override
      protected boolean isCandidateComponent(
          org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
        return true;
      }
    };
    scanner.addIncludeFilter(new AssignableTypeFilter(Command.class));
    Set<Class<?>> commands = new java.util.LinkedHashSet<>();
    for (var definition : scanner.findCandidateComponents("org.camunda.bpm.engine.impl.cmd")) {
      commands.add(Class.forName(definition.getBeanClassName()));
    }
    return commands;
  }

  /** A field that is a map, is named for variables, or is a builder that itself holds such a field. */
  private static boolean carriesVariables(Class<?> type) {
    return fields(type).stream().anyMatch(field -> holdsVariables(field)
        || field.getType().getSimpleName().endsWith("BuilderImpl")
        && fields(field.getType()).stream().anyMatch(CommandCoverageTest::holdsVariables));
  }

  private static boolean holdsVariables(Field field) {
    String name = field.getName().toLowerCase();
    return Map.class.isAssignableFrom(field.getType()) || name.contains("variable") || name.contains("properties")
        || Collection.class.isAssignableFrom(field.getType()) && name.contains("instruction");
  }

  private static List<Field> fields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
      for (Field field : current.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          fields.add(field);
        }
      }
    }
    return fields;
  }
}
