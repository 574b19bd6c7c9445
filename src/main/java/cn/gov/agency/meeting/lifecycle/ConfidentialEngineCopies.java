package cn.gov.agency.meeting.lifecycle;

import cn.gov.agency.meeting.engine.ApplicationAuthority;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.organisation.InboxColumnGuard;
import cn.gov.agency.meeting.process.EngineParticulars;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * When the office marks a meeting confidential (确定筹备事项, R5.2) the engine's copies of its title
 * and host department change at once: in every running instance of the meeting that holds them
 * (each called stage holds its own) and in the inbox columns of every open task. Tasks created later
 * copy the changed variables (and {@link EngineParticulars} guards them besides). History is left
 * as it was: it is the audit record, and only auditors (entitled) and administrators may read it.
 */
@Component
class ConfidentialEngineCopies {

  private final MeetingProcesses processes;
  private final EngineParticulars particulars;
  private final TaskService taskService;
  private final ApplicationAuthority authority;

  ConfidentialEngineCopies(MeetingProcesses processes, EngineParticulars particulars, TaskService taskService,
      ApplicationAuthority authority) {
    this.processes = processes;
    this.particulars = particulars;
    this.taskService = taskService;
    this.authority = authority;
  }

  /**
   * Rewrites the copies of {@code meeting} as it now stands. The application's own authority: no person
   * holds rights on the stages' instances, and the office's completion already was checked.
   */
  void rewrite(MeetingRecord meeting) {
    Map<String, Object> values = particulars.of(meeting);
    authority.run(() -> {
      processes.updateHeld(meeting.id(), values);
      for (ProcessInstance instance : processes.running(meeting.id())) {
        for (Task task : taskService.createTaskQuery().processInstanceId(instance.getId()).list()) {
          if (stillOpen(task)) {
            rewriteInbox(task.getId(), values);
          }
        }
      }
    });
  }

  /**
   * The task whose completion marked the meeting (确定筹备事项) is done in this very transaction, yet
   * the query still finds it: its copy belongs to history now, which stays as it was.
   */
  private static boolean stillOpen(Task task) {
    return !(task instanceof TaskEntity entity) || !entity.isDeleted() && !"Completed".equals(entity.getTaskState());
  }

  private void rewriteInbox(String taskId, Map<String, Object> values) {
    Set<String> held = taskService.getVariablesLocal(taskId).keySet();
    values.forEach((name, value) -> {
      String copy = InboxColumnGuard.taskVariable(name);
      if (held.contains(copy)) {
        taskService.setVariableLocal(taskId, copy, value);
      }
    });
  }
}
