package cn.gov.agency.meeting.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.IncidentState;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.history.NativeHistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.NativeHistoricTaskInstanceQuery;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One meeting's engine history with one statement per history table, however many process instances
 * and tasks it has: a meeting's trail must stay fast at a million history rows, and one query per
 * instance and per task (about 140 for a lifecycle) did not. Every table is read by the roots of the
 * meeting's call hierarchies (ROOT_PROC_INST_ID_, indexed on every history table) and kept to the
 * meeting's own instances here. The engine's query API filters incidents, job logs, identity-link
 * logs, the operation log and comments by a single instance or task only, so those are read by SQL.
 * The engine runs without a table prefix.
 */
@Component
class MeetingEngineHistory {

  /** The meeting's process instances in the order they are told, and the roots of their hierarchies. */
  record Instances(List<HistoricProcessInstance> ordered, Set<String> ids, Set<String> roots) {}

  record Incident(String activityId, String type, String message, Date created, Date ended, boolean resolved) {}

  record FailedJob(String activityId, int retriesLeft, String message, Date at) {}

  record TaskLink(String type, String userId, String groupId, String operationType, String assignerId, Date at) {}

  private final HistoryService history;
  private final IdentityService identity;
  private final NamedParameterJdbcTemplate jdbc;

  MeetingEngineHistory(HistoryService history, IdentityService identity, NamedParameterJdbcTemplate jdbc) {
    this.history = history;
    this.identity = identity;
    this.jdbc = jdbc;
  }

  /**
   * The instances with the business key, the extra ones and every instance they called (a called
   * process that was not handed the business key still belongs to the meeting), parents before children.
   */
  Instances instances(String businessKey, Collection<String> extraInstanceIds) {
    List<String> extras = List.copyOf(extraInstanceIds);
    NativeHistoricProcessInstanceQuery query = history.createNativeHistoricProcessInstanceQuery();
    // The definition's name comes from a join, as in the engine's own instance query.
    query.sql("select RES.*, DEF.NAME_, DEF.VERSION_ from ACT_HI_PROCINST RES"
        + " left join ACT_RE_PROCDEF DEF on RES.PROC_DEF_ID_ = DEF.ID_"
        + " where RES.ROOT_PROC_INST_ID_ in (select SEED.ROOT_PROC_INST_ID_ from ACT_HI_PROCINST SEED"
        + " where SEED.BUSINESS_KEY_ = #{businessKey}"
        + (extras.isEmpty() ? "" : " or SEED.ID_ in (" + placeholders("extra", extras, query::parameter) + ")")
        + ") order by RES.START_TIME_, RES.ID_").parameter("businessKey", businessKey);
    List<HistoricProcessInstance> underRoots = query.list();
    Map<String, HistoricProcessInstance> byId = new HashMap<>();
    Map<String, List<HistoricProcessInstance>> children = new HashMap<>();
    Map<String, HistoricProcessInstance> found = new LinkedHashMap<>();
    for (HistoricProcessInstance pi : underRoots) {
      byId.put(pi.getId(), pi);
      if (pi.getSuperProcessInstanceId() != null) {
        children.computeIfAbsent(pi.getSuperProcessInstanceId(), parent -> new ArrayList<>()).add(pi);
      }
      if (businessKey.equals(pi.getBusinessKey())) {
        found.put(pi.getId(), pi);
      }
    }
    extras.stream().map(byId::get).filter(Objects::nonNull).forEach(pi -> found.put(pi.getId(), pi));
    List<String> toVisit = new ArrayList<>(found.keySet());
    while (!toVisit.isEmpty()) {
      for (HistoricProcessInstance child : children.getOrDefault(toVisit.remove(toVisit.size() - 1), List.of())) {
        if (found.putIfAbsent(child.getId(), child) == null) {
          toVisit.add(child.getId());
        }
      }
    }
    return new Instances(List.copyOf(found.values()), Set.copyOf(found.keySet()),
        found.values().stream().map(HistoricProcessInstance::getRootProcessInstanceId)
            .collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  /** Per process instance. */
  Map<String, List<HistoricTaskInstance>> tasks(Instances instances) {
    NativeHistoricTaskInstanceQuery query = history.createNativeHistoricTaskInstanceQuery();
    query.sql("select RES.* from ACT_HI_TASKINST RES where RES.ROOT_PROC_INST_ID_ in ("
        + placeholders("root", instances.roots(), query::parameter) + ") order by RES.START_TIME_, RES.ID_");
    return query.list().stream().filter(task -> instances.ids().contains(task.getProcessInstanceId()))
        .collect(Collectors.groupingBy(HistoricTaskInstance::getProcessInstanceId, LinkedHashMap::new,
            Collectors.toList()));
  }

  /** Variable updates made in an activity (a task's submitted fields), per activity instance. */
  Map<String, List<HistoricVariableUpdate>> fieldsByActivityInstance(Instances instances) {
    return history.createHistoricDetailQuery().processInstanceIdIn(instances.ids().toArray(String[]::new))
        .variableUpdates().list().stream()
        .map(HistoricVariableUpdate.class::cast)
        .filter(update -> update.getActivityInstanceId() != null)
        .collect(Collectors.groupingBy(HistoricDetail::getActivityInstanceId));
  }

  /** Per process instance. */
  Map<String, List<Incident>> incidents(Instances instances) {
    Map<String, List<Incident>> incidents = new HashMap<>();
    jdbc.query("select PROC_INST_ID_, ACTIVITY_ID_, INCIDENT_TYPE_, INCIDENT_MSG_, CREATE_TIME_, END_TIME_,"
        + " INCIDENT_STATE_ from ACT_HI_INCIDENT where ROOT_PROC_INST_ID_ in (:roots) order by CREATE_TIME_, ID_",
        roots(instances), rs -> {
          if (instances.ids().contains(rs.getString("PROC_INST_ID_"))) {
            incidents.computeIfAbsent(rs.getString("PROC_INST_ID_"), id -> new ArrayList<>()).add(new Incident(
                rs.getString("ACTIVITY_ID_"), rs.getString("INCIDENT_TYPE_"), rs.getString("INCIDENT_MSG_"),
                rs.getTimestamp("CREATE_TIME_"), rs.getTimestamp("END_TIME_"),
                rs.getInt("INCIDENT_STATE_") == IncidentState.RESOLVED.getStateCode()));
          }
        });
    return incidents;
  }

  /** Each failed try of a job, per process instance. */
  Map<String, List<FailedJob>> failedJobs(Instances instances) {
    Map<String, List<FailedJob>> failures = new HashMap<>();
    jdbc.query("select PROCESS_INSTANCE_ID_, ACT_ID_, JOB_RETRIES_, JOB_EXCEPTION_MSG_, TIMESTAMP_"
        + " from ACT_HI_JOB_LOG where ROOT_PROC_INST_ID_ in (:roots) and JOB_STATE_ = :failed"
        + " order by TIMESTAMP_, SEQUENCE_COUNTER_",
        roots(instances).addValue("failed", JobState.FAILED.getStateCode()), rs -> {
          if (instances.ids().contains(rs.getString("PROCESS_INSTANCE_ID_"))) {
            failures.computeIfAbsent(rs.getString("PROCESS_INSTANCE_ID_"), id -> new ArrayList<>()).add(
                new FailedJob(rs.getString("ACT_ID_"), rs.getInt("JOB_RETRIES_"), rs.getString("JOB_EXCEPTION_MSG_"),
                    rs.getTimestamp("TIMESTAMP_")));
          }
        });
    return failures;
  }

  /** Candidate groups and assignments, per task. */
  Map<String, List<TaskLink>> taskLinks(Instances instances) {
    Map<String, List<TaskLink>> links = new HashMap<>();
    jdbc.query("select TASK_ID_, TYPE_, USER_ID_, GROUP_ID_, OPERATION_TYPE_, ASSIGNER_ID_, TIMESTAMP_"
        + " from ACT_HI_IDENTITYLINK where ROOT_PROC_INST_ID_ in (:roots) and TASK_ID_ is not null"
        + " order by TIMESTAMP_, ID_", roots(instances), rs -> {
          links.computeIfAbsent(rs.getString("TASK_ID_"), id -> new ArrayList<>()).add(new TaskLink(
              rs.getString("TYPE_"), rs.getString("USER_ID_"), rs.getString("GROUP_ID_"),
              rs.getString("OPERATION_TYPE_"), rs.getString("ASSIGNER_ID_"), rs.getTimestamp("TIMESTAMP_")));
        });
    return links;
  }

  /** Who completed each task as the operation log names them (the authenticated user). */
  Map<String, String> completers(Instances instances) {
    Map<String, String> completers = new HashMap<>();
    jdbc.query("select TASK_ID_, USER_ID_ from ACT_HI_OP_LOG where ROOT_PROC_INST_ID_ in (:roots)"
        + " and OPERATION_TYPE_ = :complete and TASK_ID_ is not null and USER_ID_ is not null order by TIMESTAMP_",
        roots(instances).addValue("complete", UserOperationLogEntry.OPERATION_TYPE_COMPLETE),
        rs -> {
          completers.putIfAbsent(rs.getString("TASK_ID_"), rs.getString("USER_ID_"));
        });
    return completers;
  }

  /** Per task, newest first as the task service lists them. */
  Map<String, List<String>> comments(Instances instances) {
    Map<String, List<String>> comments = new HashMap<>();
    // The engine stores the full message in its default charset, UTF-8 unless configured otherwise.
    jdbc.query("select TASK_ID_, FULL_MSG_ from ACT_HI_COMMENT where ROOT_PROC_INST_ID_ in (:roots)"
        + " and TASK_ID_ is not null and TYPE_ = 'comment' order by TIME_ desc", roots(instances), rs -> {
          byte[] message = rs.getBytes("FULL_MSG_");
          comments.computeIfAbsent(rs.getString("TASK_ID_"), id -> new ArrayList<>())
              .add(message == null ? null : new String(message, StandardCharsets.UTF_8));
        });
    return comments;
  }

  /** The names of the groups known to the engine. */
  Map<String, String> groupNames(Collection<String> groupIds) {
    if (groupIds.isEmpty()) {
      return Map.of();
    }
    Map<String, String> names = new HashMap<>();
    for (Group group : identity.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list()) {
      if (group.getName() != null) {
        names.put(group.getId(), group.getName());
      }
    }
    return names;
  }

  private static MapSqlParameterSource roots(Instances instances) {
    return new MapSqlParameterSource("roots", instances.roots());
  }

  /** {@code #{prefix0}, #{prefix1}, …} for a native query, which takes no list parameters. */
  private static String placeholders(String prefix, Collection<String> values, BiConsumer<String, Object> bind) {
    List<String> names = new ArrayList<>();
    for (String value : values) {
      String name = prefix + names.size();
      bind.accept(name, value);
      names.add("#{" + name + "}");
    }
    return String.join(", ", names);
  }
}
