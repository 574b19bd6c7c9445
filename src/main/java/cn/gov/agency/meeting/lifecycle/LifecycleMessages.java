package cn.gov.agency.meeting.lifecycle;

import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MEETING_END;
import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MEETING_START;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** What cancelling and moving a meeting tell its running 会议全流程 (business key = meeting id). */
@Component
class LifecycleMessages {

  static final String MEETING_CANCELLED = "meetingCancelled";

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final MeetingProcesses processes;
  private final Clock clock;

  LifecycleMessages(RuntimeService runtimeService, TaskService taskService, MeetingProcesses processes, Clock clock) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.processes = processes;
    this.clock = clock;
  }

  /**
   * Ends the lifecycle through its 会议取消 event subprocess; a meeting without one has nothing to end.
   * As the application: whoever may cancel (checked before) holds no rights on the lifecycle, and
   * as that person the lifecycle would not even be found.
   */
  void cancel(long meetingId) {
    processes.asSystem(() -> {
      ProcessInstance instance = running(meetingId);
      if (instance != null) {
        runtimeService.createMessageCorrelation(MEETING_CANCELLED)
            .processInstanceBusinessKey(String.valueOf(meetingId))
            .processInstanceId(instance.getId())
            .correlateExclusively();
      }
      return null;
    });
  }

  /**
   * The lifecycle and each stage it called hold their own copy of the meeting's times: each gets
   * the new ones, and open tasks that were due at the old start (会务分工, 设备检查) are due at the new.
   */
  void moved(long meetingId, LocalDateTime start, LocalDateTime end) {
    processes.asSystem(() -> {
      ProcessInstance lifecycle = running(meetingId);
      Object oldStart = lifecycle == null ? null : runtimeService.getVariable(lifecycle.getId(), MEETING_START);
      processes.updateHeld(meetingId, Map.of(MEETING_START, date(start), MEETING_END, date(end)));
      if (oldStart instanceof Date dueAtStart) {
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(meetingId))
            .dueDate(dueAtStart).list()) {
          task.setDueDate(date(start));
          taskService.saveTask(task);
        }
      }
      return null;
    });
  }

  private ProcessInstance running(long meetingId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(MeetingLifecycle.PROCESS_KEY)
        .processInstanceBusinessKey(String.valueOf(meetingId)).singleResult();
  }

  private Date date(LocalDateTime time) {
    return Date.from(time.atZone(clock.getZone()).toInstant());
  }
}
