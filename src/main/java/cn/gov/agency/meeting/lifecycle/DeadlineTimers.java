package cn.gov.agency.meeting.lifecycle;

import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MATERIALS_DEADLINE;
import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MATERIALS_ESCALATION_AT;
import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.NOTICE_DEADLINE;
import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.NOTICE_ESCALATION_AT;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * Moves a meeting's preparation deadlines in its running processes: the lifecycle and every stage
 * it called hold their own copies of the deadline variables, and the timers waiting on them
 * (warning before, late after) were given their due dates when they were created. Timers that
 * already fired have no job any more and stay as they were.
 */
@Component
class DeadlineTimers {

  private static final List<String> DEADLINES = List.of(NOTICE_DEADLINE, NOTICE_ESCALATION_AT, MATERIALS_DEADLINE,
      MATERIALS_ESCALATION_AT);

  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final MeetingProcesses processes;
  private final Clock clock;

  DeadlineTimers(RuntimeService runtimeService, ManagementService managementService,
      RepositoryService repositoryService, MeetingProcesses processes, Clock clock) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
    this.processes = processes;
    this.clock = clock;
  }

  /**
   * Gives every running process of the meeting that holds the deadlines the new ones and moves its
   * timers that wait on them. Empty when no running lifecycle holds deadlines yet (they will be
   * counted from the new time); otherwise the deadlines the lifecycle held before.
   */
  Optional<PreparationDeadlines> move(long meetingId, PreparationDeadlines moved) {
    // The application moves them, not the person moving the meeting, who needs no rights on the stages.
    return processes.asSystem(() -> {
      Map<String, Date> before = lifecycleDeadlines(meetingId);
      if (before.size() < DEADLINES.size()) {
        return Optional.empty();
      }
      Map<String, Date> after = Map.of(NOTICE_DEADLINE, date(moved.noticeDeadline()),
          NOTICE_ESCALATION_AT, date(moved.noticeEscalationAt()), MATERIALS_DEADLINE, date(moved.materialsDeadline()),
          MATERIALS_ESCALATION_AT, date(moved.materialsEscalationAt()));
      processes.updateHeld(meetingId, after).forEach(this::moveTimers);
      return Optional.of(new PreparationDeadlines(time(before.get(NOTICE_DEADLINE)),
          time(before.get(NOTICE_ESCALATION_AT)), time(before.get(MATERIALS_DEADLINE)),
          time(before.get(MATERIALS_ESCALATION_AT)), List.of(), null));
    });
  }

  private Map<String, Date> lifecycleDeadlines(long meetingId) {
    Map<String, Date> values = new LinkedHashMap<>();
    ProcessInstance lifecycle = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(MeetingLifecycle.PROCESS_KEY).processInstanceBusinessKey(String.valueOf(meetingId))
        .singleResult();
    if (lifecycle != null) {
      heldBy(lifecycle.getId()).forEach(v -> values.put(v.getName(), (Date) v.getValue()));
    }
    return values;
  }

  private List<VariableInstance> heldBy(String processInstanceId) {
    return processes.heldBy(processInstanceId, DEADLINES).stream().filter(v -> v.getValue() instanceof Date).toList();
  }

  /** Each waiting timer whose date is one of the deadline variables is due again from its new value. */
  private void moveTimers(String processInstanceId) {
    for (Job timer : managementService.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
      String activityId = managementService.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
          .singleResult().getActivityId();
      ModelElementInstance element = repositoryService.getBpmnModelInstance(timer.getProcessDefinitionId())
          .getModelElementById(activityId);
      if (element != null && waitsOnADeadline(element)) {
        managementService.recalculateJobDuedate(timer.getId(), false);
      }
    }
  }

  private static boolean waitsOnADeadline(ModelElementInstance event) {
    return event.getChildElementsByType(TimerEventDefinition.class).stream()
        .map(TimerEventDefinition::getTimeDate).filter(Objects::nonNull)
        .map(date -> date.getTextContent().replace(" ", ""))
        .anyMatch(expression -> DEADLINES.stream().anyMatch(name -> expression.equals("${" + name + "}")));
  }

  private Date date(LocalDateTime time) {
    return Date.from(time.atZone(clock.getZone()).toInstant());
  }

  private LocalDateTime time(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), clock.getZone());
  }
}
