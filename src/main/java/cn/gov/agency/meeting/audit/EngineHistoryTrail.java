package cn.gov.agency.meeting.audit;

import cn.gov.agency.meeting.audit.MeetingEngineHistory.FailedJob;
import cn.gov.agency.meeting.audit.MeetingEngineHistory.Incident;
import cn.gov.agency.meeting.audit.MeetingEngineHistory.Instances;
import cn.gov.agency.meeting.audit.MeetingEngineHistory.TaskLink;
import cn.gov.agency.meeting.contract.FormField;
import cn.gov.agency.meeting.meeting.MeetingKey;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine's share of a meeting's trail, read from history only (history level full), so it is
 * the same while the meeting runs and after every process has ended: every process instance of the
 * meeting (business key = meeting id, their called processes, the ad-hoc application that filed it),
 * its tasks with role, assignment, completer, the fields submitted and comments, failed jobs and
 * incidents.
 */
@Component
class EngineHistoryTrail {

  /** What the meeting's tasks left besides themselves, looked up by task (or its activity instance). */
  private record Tasks(Map<String, List<HistoricVariableUpdate>> fieldsByActivityInstance,
      Map<String, List<TaskLink>> links, Map<String, String> completers, Map<String, List<String>> comments,
      Map<String, String> groupNames, Map<String, FormField> formFields) {}

  private final MeetingEngineHistory history;
  private final IdentityService identity;
  private final TransactionTemplate oneConnection;
  private final ZoneId zone;
  private final FormFieldLabels formFields;

  EngineHistoryTrail(MeetingEngineHistory history, IdentityService identity, PlatformTransactionManager transactions,
      Clock clock, FormFieldLabels formFields) {
    this.formFields = formFields;
    this.history = history;
    this.identity = identity;
    // The reads share one connection: each connection taken is tagged with the acting user first.
    this.oneConnection = new TransactionTemplate(transactions);
    this.oneConnection.setReadOnly(true);
    // The project's records are written in the agency's time zone; the engine keeps instants.
    this.zone = clock.getZone();
  }

  /** The entries of the meeting's process instances plus those of {@code extraInstanceIds} (e.g. its application). */
  List<TrailEntry> entries(long meetingId, Collection<String> extraInstanceIds) {
    // The application already decided who may audit; the engine's per-definition history grants
    // would otherwise hide instances from the office and auditors.
    return withoutEngineAuthorization(() -> oneConnection.execute(status -> read(meetingId, extraInstanceIds)));
  }

  private List<TrailEntry> read(long meetingId, Collection<String> extraInstanceIds) {
    Instances instances = history.instances(MeetingKey.of(meetingId), extraInstanceIds);
    if (instances.ordered().isEmpty()) {
      return List.of();
    }
    Map<String, List<TaskLink>> links = history.taskLinks(instances);
    Tasks tasks = new Tasks(history.fieldsByActivityInstance(instances), links, history.completers(instances),
        history.comments(instances), history.groupNames(links.values().stream().flatMap(List::stream)
            .filter(EngineHistoryTrail::offered).map(TaskLink::groupId).collect(Collectors.toSet())),
        formFields.fields());
    Map<String, List<HistoricTaskInstance>> tasksByInstance = history.tasks(instances);
    Map<String, List<Incident>> incidents = history.incidents(instances);
    Map<String, List<FailedJob>> failedJobs = history.failedJobs(instances);
    List<TrailEntry> entries = new ArrayList<>();
    for (HistoricProcessInstance pi : instances.ordered()) {
      entries.addAll(processEntries(meetingId, pi, tasksByInstance.getOrDefault(pi.getId(), List.of()), tasks,
          incidents.getOrDefault(pi.getId(), List.of()), failedJobs.getOrDefault(pi.getId(), List.of())));
    }
    return entries;
  }

  private List<TrailEntry> processEntries(long meetingId, HistoricProcessInstance pi, List<HistoricTaskInstance> piTasks,
      Tasks tasks, List<Incident> incidents, List<FailedJob> failedJobs) {
    String key = pi.getProcessDefinitionKey();
    String name = Objects.requireNonNullElse(pi.getProcessDefinitionName(), key);
    List<TrailEntry> entries = new ArrayList<>();
    entries.add(new TrailEntry(meetingId, time(pi.getStartTime()), TrailKind.PROCESS_STARTED, key, name, null, null,
        pi.getStartUserId(), null, null, pi.getSuperProcessInstanceId() == null ? "" : "由上级流程调用"));
    if (pi.getEndTime() != null) {
      entries.add(new TrailEntry(meetingId, time(pi.getEndTime()), TrailKind.PROCESS_ENDED, key, name, null, null,
          null, null, null, endDetail(pi)));
    }
    for (HistoricTaskInstance task : piTasks) {
      entries.addAll(taskEntries(meetingId, key, name, task, tasks));
    }
    incidents.forEach(incident -> {
      String detail = incident.type() + "：" + Objects.requireNonNullElse(incident.message(), "");
      entries.add(new TrailEntry(meetingId, time(incident.created()), TrailKind.INCIDENT_OPENED, key, name,
          incident.activityId(), null, null, null, null, detail));
      if (incident.ended() != null) {
        entries.add(new TrailEntry(meetingId, time(incident.ended()), TrailKind.INCIDENT_RESOLVED, key, name,
            incident.activityId(), null, null, null, null, incident.resolved() ? "已重试成功" : "已撤销"));
      }
    });
    failedJobs.forEach(job ->
        entries.add(new TrailEntry(meetingId, time(job.at()), TrailKind.JOB_FAILED, key, name,
            job.activityId(), null, null, null, null,
            "剩余重试 " + job.retriesLeft() + " 次：" + Objects.requireNonNullElse(job.message(), ""))));
    return entries;
  }

  private List<TrailEntry> taskEntries(long meetingId, String key, String name, HistoricTaskInstance task,
      Tasks tasks) {
    List<TaskLink> links = tasks.links().getOrDefault(task.getId(), List.of());
    String role = links.stream().filter(EngineHistoryTrail::offered)
        .map(link -> roleName(link.groupId(), tasks.groupNames())).distinct().collect(Collectors.joining("、"));
    List<TrailEntry> entries = new ArrayList<>();
    entries.add(new TrailEntry(meetingId, time(task.getStartTime()), TrailKind.TASK_CREATED, key, name,
        task.getTaskDefinitionKey(), task.getName(), null, null, role, ""));
    links.stream()
        .filter(link -> IdentityLinkType.ASSIGNEE.equals(link.type()) && "add".equals(link.operationType()))
        .forEach(link -> {
          boolean claimed = link.assignerId() == null || link.assignerId().equals(link.userId());
          entries.add(new TrailEntry(meetingId, time(link.at()),
              claimed ? TrailKind.TASK_CLAIMED : TrailKind.TASK_ASSIGNED, key, name, task.getTaskDefinitionKey(),
              task.getName(), link.userId(), null, role, claimed ? "" : "由 " + link.assignerId() + " 分配"));
        });
    if (task.getEndTime() != null) {
      boolean completed = "completed".equals(task.getDeleteReason());
      // The operation log names the authenticated user, even if the task had no assignee.
      String completer = tasks.completers().getOrDefault(task.getId(), task.getAssignee());
      entries.add(new TrailEntry(meetingId, time(task.getEndTime()),
          completed ? TrailKind.TASK_COMPLETED : TrailKind.TASK_CANCELLED, key, name, task.getTaskDefinitionKey(),
          task.getName(), completed ? completer : null, null, role,
          completed ? submitted(task, tasks) : Objects.requireNonNullElse(task.getDeleteReason(), "")));
    }
    return entries;
  }

  /**
   * What the person submitted, as the form showed it (审批结果：同意), then the task's comments.
   * Variables the process itself set in the same step are not the person's and are left out.
   */
  private static String submitted(HistoricTaskInstance task, Tasks tasks) {
    Map<String, Object> values = new LinkedHashMap<>();
    tasks.fieldsByActivityInstance().getOrDefault(task.getActivityInstanceId(), List.of()).stream()
        .sorted((a, b) -> a.getTime().compareTo(b.getTime()))
        .forEach(update -> values.put(update.getVariableName(), update.getValue()));
    List<String> parts = new ArrayList<>();
    values.forEach((field, value) -> FormFieldLabels.describe(tasks.formFields(), field, value).ifPresent(parts::add));
    for (String comment : tasks.comments().getOrDefault(task.getId(), List.of())) {
      parts.add("意见：" + comment);
    }
    return String.join("；", parts);
  }

  private static boolean offered(TaskLink link) {
    return IdentityLinkType.CANDIDATE.equals(link.type()) && link.groupId() != null;
  }

  /** The role as people read it (分管领导·政策法规处); the group id only for a group the identity lost. */
  private static String roleName(String groupId, Map<String, String> groupNames) {
    String name = groupNames.get(groupId);
    return name == null ? groupId : name;
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
