package cn.gov.agency.meeting.bench;

import cn.gov.agency.meeting.meeting.MeetingKey;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * What one finished lifecycle did, read from the engine's history: its process instances, how many
 * activities of each type ran, and the jobs created and executed by type. The bare baseline is
 * built from these counts.
 */
record LifecycleShape(int processInstances, Map<String, Integer> activities, Map<String, Integer> jobsCreated,
    Map<String, Integer> jobsExecuted) {

  private static final Set<String> SERVICE_TYPES = Set.of("serviceTask", "sendTask", "businessRuleTask", "scriptTask");

  static LifecycleShape of(HistoryService history, long meetingId, String applicationInstanceId) {
    Set<String> instances = new LinkedHashSet<>();
    instances.add(applicationInstanceId);
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(MeetingKey.of(meetingId)).list()) {
      instances.add(instance.getId());
      history.createHistoricProcessInstanceQuery().rootProcessInstanceId(instance.getRootProcessInstanceId()).list()
          .forEach(child -> instances.add(child.getId()));
    }
    Map<String, Integer> activities = new TreeMap<>();
    Map<String, Integer> created = new TreeMap<>();
    Map<String, Integer> executed = new TreeMap<>();
    for (String id : instances) {
      for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(id)
          .list()) {
        activities.merge(activity.getActivityType(), 1, Integer::sum);
      }
      for (HistoricJobLog log : history.createHistoricJobLogQuery().processInstanceId(id).creationLog().list()) {
        created.merge(log.getJobDefinitionType(), 1, Integer::sum);
      }
      for (HistoricJobLog log : history.createHistoricJobLogQuery().processInstanceId(id).successLog().list()) {
        executed.merge(log.getJobDefinitionType(), 1, Integer::sum);
      }
    }
    return new LifecycleShape(instances.size(), activities, created, executed);
  }

  int userTasks() {
    return activities.getOrDefault("userTask", 0);
  }

  int serviceTasks() {
    return SERVICE_TYPES.stream().mapToInt(type -> activities.getOrDefault(type, 0)).sum();
  }

  int timersFired() {
    return jobsExecuted.entrySet().stream().filter(entry -> entry.getKey().startsWith("timer"))
        .mapToInt(Map.Entry::getValue).sum();
  }

  int asyncContinuations() {
    return jobsExecuted.getOrDefault("async-continuation", 0);
  }
}
