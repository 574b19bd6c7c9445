package cn.gov.agency.meeting.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The engine's share of a meeting's trail, read from history only (history level full), so it is
 * the same while the meeting runs and after every process has ended: every process instance of the
 * meeting (business key = meeting id, their called processes, the ad-hoc application that filed it),
 * its tasks with role, assignment, completer, the fields submitted and comments, failed jobs and
 * incidents.
 */
@Component
class EngineHistoryTrail {

  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ZoneId zone;

  EngineHistoryTrail(HistoryService history, TaskService tasks, IdentityService identity, Clock clock) {
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
    // The project's records are written in the agency's time zone; the engine keeps instants.
    this.zone = clock.getZone();
  }

  /** The entries of the meeting's process instances plus those of {@code extraInstanceIds} (e.g. its application). */
  List<TrailEntry> entries(long meetingId, Collection<String> extraInstanceIds) {
    // The application already decided who may audit; the engine's per-definition history grants
    // would otherwise hide instances from the office and auditors.
    return withoutEngineAuthorization(() -> {
      List<TrailEntry> entries = new ArrayList<>();
      Map<String, String> roleNames = new HashMap<>();
      for (HistoricProcessInstance instance : instancesOf(meetingId, extraInstanceIds)) {
        entries.addAll(processEntries(meetingId, instance, roleNames));
      }
      return entries;
    });
  }

  private Collection<HistoricProcessInstance> instancesOf(long meetingId, Collection<String> extraInstanceIds) {
    Map<String, HistoricProcessInstance> found = new LinkedHashMap<>();
    history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(meetingId)).list()
        .forEach(pi -> found.put(pi.getId(), pi));
    for (String id : extraInstanceIds) {
      HistoricProcessInstance pi = history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
      if (pi != null) {
        found.put(pi.getId(), pi);
      }
    }
    // A called process that was not handed the business key still belongs to the meeting.
    List<String> toVisit = new ArrayList<>(found.keySet());
    while (!toVisit.isEmpty()) {
      String parent = toVisit.remove(toVisit.size() - 1);
      for (HistoricProcessInstance child : history.createHistoricProcessInstanceQuery()
          .superProcessInstanceId(parent).list()) {
        if (found.putIfAbsent(child.getId(), child) == null) {
          toVisit.add(child.getId());
        }
      }
    }
    return found.values();
  }

  private List<TrailEntry> processEntries(long meetingId, HistoricProcessInstance pi, Map<String, String> roleNames) {
    String key = pi.getProcessDefinitionKey();
    String name = Objects.requireNonNullElse(pi.getProcessDefinitionName(), key);
    List<TrailEntry> entries = new ArrayList<>();
    entries.add(new TrailEntry(meetingId, time(pi.getStartTime()), TrailKind.PROCESS_STARTED, key, name, null, null,
        pi.getStartUserId(), null, null, pi.getSuperProcessInstanceId() == null ? "" : "由上级流程调用"));
    if (pi.getEndTime() != null) {
      entries.add(new TrailEntry(meetingId, time(pi.getEndTime()), TrailKind.PROCESS_ENDED, key, name, null, null,
          null, null, null, endDetail(pi)));
    }
    Map<String, List<HistoricVariableUpdate>> fieldsByActivityInstance = history.createHistoricDetailQuery()
        .processInstanceId(pi.getId()).variableUpdates().list().stream()
        .map(HistoricVariableUpdate.class::cast)
        .filter(update -> update.getActivityInstanceId() != null)
        .collect(Collectors.groupingBy(HistoricDetail::getActivityInstanceId));
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).list()) {
      entries.addAll(taskEntries(meetingId, key, name, task,
          fieldsByActivityInstance.getOrDefault(task.getActivityInstanceId(), List.of()), roleNames));
    }
    history.createHistoricIncidentQuery().processInstanceId(pi.getId()).list().forEach(incident -> {
      String detail = incident.getIncidentType() + "：" + Objects.requireNonNullElse(incident.getIncidentMessage(), "");
      entries.add(new TrailEntry(meetingId, time(incident.getCreateTime()), TrailKind.INCIDENT_OPENED, key, name,
          incident.getActivityId(), null, null, null, null, detail));
      if (incident.getEndTime() != null) {
        entries.add(new TrailEntry(meetingId, time(incident.getEndTime()), TrailKind.INCIDENT_RESOLVED, key, name,
            incident.getActivityId(), null, null, null, null, incident.isResolved() ? "已重试成功" : "已撤销"));
      }
    });
    history.createHistoricJobLogQuery().processInstanceId(pi.getId()).failureLog().list().forEach(job ->
        entries.add(new TrailEntry(meetingId, time(job.getTimestamp()), TrailKind.JOB_FAILED, key, name,
            job.getActivityId(), null, null, null, null,
            "剩余重试 " + job.getJobRetries() + " 次：" + Objects.requireNonNullElse(job.getJobExceptionMessage(), ""))));
    return entries;
  }

  private List<TrailEntry> taskEntries(long meetingId, String key, String name, HistoricTaskInstance task,
      List<HistoricVariableUpdate> fields, Map<String, String> roleNames) {
    List<HistoricIdentityLinkLog> links = history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list();
    String role = links.stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> roleName(link.getGroupId(), roleNames)).distinct().collect(Collectors.joining("、"));
    List<TrailEntry> entries = new ArrayList<>();
    entries.add(new TrailEntry(meetingId, time(task.getStartTime()), TrailKind.TASK_CREATED, key, name,
        task.getTaskDefinitionKey(), task.getName(), null, null, role, ""));
    links.stream()
        .filter(link -> IdentityLinkType.ASSIGNEE.equals(link.getType()) && "add".equals(link.getOperationType()))
        .forEach(link -> {
          boolean claimed = link.getAssignerId() == null || link.getAssignerId().equals(link.getUserId());
          entries.add(new TrailEntry(meetingId, time(link.getTime()),
              claimed ? TrailKind.TASK_CLAIMED : TrailKind.TASK_ASSIGNED, key, name, task.getTaskDefinitionKey(),
              task.getName(), link.getUserId(), null, role, claimed ? "" : "由 " + link.getAssignerId() + " 分配"));
        });
    if (task.getEndTime() != null) {
      boolean completed = "completed".equals(task.getDeleteReason());
      entries.add(new TrailEntry(meetingId, time(task.getEndTime()),
          completed ? TrailKind.TASK_COMPLETED : TrailKind.TASK_CANCELLED, key, name, task.getTaskDefinitionKey(),
          task.getName(), completed ? completerOf(task) : null, null, role,
          completed ? submitted(fields, task.getId()) : Objects.requireNonNullElse(task.getDeleteReason(), "")));
    }
    return entries;
  }

  /** Who completed it: the operation log names the authenticated user, even if the task had no assignee. */
  private String completerOf(HistoricTaskInstance task) {
    return history.createUserOperationLogQuery().taskId(task.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
        .map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst()
        .orElse(task.getAssignee());
  }

  /** The decision and comment fields submitted with the task, then its comments. */
  private String submitted(List<HistoricVariableUpdate> fields, String taskId) {
    Map<String, String> values = new LinkedHashMap<>();
    fields.stream().sorted((a, b) -> a.getTime().compareTo(b.getTime()))
        .forEach(update -> values.put(update.getVariableName(), String.valueOf(update.getValue())));
    List<String> parts = new ArrayList<>();
    values.forEach((field, value) -> parts.add(field + "=" + value));
    for (Comment comment : tasks.getTaskComments(taskId)) {
      parts.add("意见：" + comment.getFullMessage());
    }
    return String.join("；", parts);
  }

  private String roleName(String groupId, Map<String, String> roleNames) {
    return roleNames.computeIfAbsent(groupId, id -> {
      Group group = identity.createGroupQuery().groupId(id).singleResult();
      return group == null || group.getName() == null ? id : group.getName() + "（" + id + "）";
    });
  }

  private static String endDetail(HistoricProcessInstance pi) {
    String state = pi.getState();
    if (HistoricProcessInstance.STATE_COMPLETED.equals(state)) {
      return "正常结束";
    }
    return state + (pi.getDeleteReason() == null ? "" : "：" + pi.getDeleteReason());
  }

  private <T> T withoutEngineAuthorization(Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private LocalDateTime time(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), zone);
  }
}
