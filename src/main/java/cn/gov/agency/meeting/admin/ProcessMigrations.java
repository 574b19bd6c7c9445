package cn.gov.agency.meeting.admin;

import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Moves running instances of older versions of a process to its latest version with Camunda's
 * migration API, mapping activities that keep their id ({@code mapEqualActivities}). Without a
 * migration a running meeting keeps the version it started on.
 */
@Service
public class ProcessMigrations {

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;

  public ProcessMigrations(RepositoryService repositoryService, RuntimeService runtimeService) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
  }

  /** Validates the plan from {@code fromVersion}, or from every older version when it is null. */
  public MigrationPreview preview(String processDefinitionKey, Integer fromVersion) {
    ProcessDefinition target = latest(processDefinitionKey);
    List<ProcessDefinition> sources = fromVersion == null
        ? repositoryService.createProcessDefinitionQuery().processDefinitionKey(processDefinitionKey)
            .orderByProcessDefinitionVersion().asc().list().stream()
            .filter(definition -> definition.getVersion() < target.getVersion()).toList()
        : List.of(older(processDefinitionKey, fromVersion, target));
    List<MigrationPreview.Source> result = new ArrayList<>();
    for (ProcessDefinition source : sources) {
      long running = runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
      List<String> failures = new ArrayList<>();
      try {
        failures.addAll(stranded(source, plan(source, target)));
      } catch (MigrationPlanValidationException e) {
        failures.addAll(failuresOf(e));
      }
      result.add(new MigrationPreview.Source(source.getVersion(), source.getId(), running, failures.isEmpty(), failures));
    }
    return new MigrationPreview(processDefinitionKey, target.getVersion(), target.getId(), result);
  }

  /** Moves every running instance of {@code fromVersion}; all or none (one transaction). */
  public MigrationResult migrate(String processDefinitionKey, int fromVersion) {
    ProcessDefinition target = latest(processDefinitionKey);
    ProcessDefinition source = older(processDefinitionKey, fromVersion, target);
    MigrationPlan plan;
    try {
      plan = plan(source, target);
    } catch (MigrationPlanValidationException e) {
      throw refused("迁移计划", failuresOf(e));
    }
    long running = runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
    if (running > 0) {
      try {
        runtimeService.newMigration(plan)
            .processInstanceQuery(runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId()))
            .execute();
      } catch (MigratingProcessInstanceValidationException e) {
        throw refused("流程实例迁移", List.of(e.getMessage()));
      }
    }
    return new MigrationResult(processDefinitionKey, source.getVersion(), target.getVersion(), running);
  }

  /**
   * A valid plan can still strand an instance: one waiting in a step the new version no longer has
   * (its id changed or it was removed) cannot move, which the engine would only say on execution.
   */
  private List<String> stranded(ProcessDefinition source, MigrationPlan plan) {
    Set<String> mapped = new HashSet<>();
    plan.getInstructions().forEach(instruction -> mapped.add(instruction.getSourceActivityId()));
    Map<String, Long> waiting = new TreeMap<>();
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
        .processDefinitionId(source.getId()).list()) {
      runtimeService.getActiveActivityIds(instance.getId()).stream()
          .filter(activity -> !mapped.contains(activity))
          .forEach(activity -> waiting.merge(activity, 1L, Long::sum));
    }
    return waiting.entrySet().stream()
        .map(entry -> entry.getValue() + " 个实例正停在环节 " + entry.getKey() + "，新版本中没有同一标识的环节")
        .toList();
  }

  private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
    return runtimeService.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
  }

  private ProcessDefinition latest(String key) {
    if (key == null || key.isBlank()) {
      throw InvalidInputException.of("迁移请求", new Violation("processDefinitionKey", "流程标识", "required", "必须填写"));
    }
    ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult();
    if (latest == null) {
      throw InvalidInputException.of("迁移请求", new Violation("processDefinitionKey", "流程标识", "exists", "流程 " + key + " 未部署"));
    }
    return latest;
  }

  private ProcessDefinition older(String key, int version, ProcessDefinition target) {
    if (version >= target.getVersion()) {
      throw InvalidInputException.of("迁移请求", new Violation("fromVersion", "源版本", "older",
          "源版本必须低于最新版本 " + target.getVersion()));
    }
    ProcessDefinition source = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .processDefinitionVersion(version).singleResult();
    if (source == null) {
      throw InvalidInputException.of("迁移请求", new Violation("fromVersion", "源版本", "exists",
          "流程 " + key + " 没有版本 " + version));
    }
    return source;
  }

  private static List<String> failuresOf(MigrationPlanValidationException e) {
    List<String> failures = new ArrayList<>();
    e.getValidationReport().getInstructionReports().forEach(report -> report.getFailures().forEach(failure ->
        failures.add(report.getMigrationInstruction().getSourceActivityId() + " → "
            + report.getMigrationInstruction().getTargetActivityId() + "：" + failure)));
    e.getValidationReport().getVariableReports().forEach((name, report) -> report.getFailures().forEach(failure ->
        failures.add("变量 " + name + "：" + failure)));
    if (failures.isEmpty()) {
      failures.add(e.getMessage());
    }
    return failures;
  }

  private static InvalidInputException refused(String subject, List<String> failures) {
    return new InvalidInputException(subject, failures.stream()
        .map(failure -> new Violation("migration", "迁移", "valid", failure)).toList());
  }
}
