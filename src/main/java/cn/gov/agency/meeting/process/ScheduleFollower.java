package cn.gov.agency.meeting.process;

import cn.gov.agency.meeting.engine.ApplicationAuthority;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRescheduled;
import cn.gov.agency.meeting.notification.TaskDueDateListener;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one place a move reaches the meeting's running processes (business key = meeting id): every
 * waiting timer and every open task's due date is worked out again from its diagram's expression,
 * which reads the schedule ({@code ${meetingSchedule.…(meetingId)}}). No stage keeps a copy of a time
 * to be pushed, so a stage added later follows moves without code of its own. Timers with a duration
 * or cycle are counted from when they were created, so only the schedule's answers change them.
 */
@Component
class ScheduleFollower {

  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final TaskService taskService;
  private final TaskDueDateListener dueDates;
  private final ApplicationAuthority authority;

  ScheduleFollower(RuntimeService runtimeService, ManagementService managementService, TaskService taskService, TaskDueDateListener dueDates,
      ApplicationAuthority authority) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.taskService = taskService;
    this.dueDates = dueDates;
    this.authority = authority;
  }

  @EventListener
  void meetingMoved(MeetingRescheduled moved) {
    String businessKey = MeetingKey.of(moved.meetingId());
    // As the application: the person moving the meeting holds no rights on the stages' processes.
    authority.run(() -> {
      Set<String> instances = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
          .list().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
      if (instances.isEmpty()) {
        return;
      }
      for (Job timer : managementService.createJobQuery().processInstanceIds(instances).timers().list()) {
        managementService.recalculateJobDuedate(timer.getId(), true);
      }
      for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(businessKey).list()) {
        // Inside the command the task is the engine's entity, which its diagram's expressions evaluate against.
        Date due = dueDates.dueOf((TaskEntity) task);
        if (due != null && !due.equals(task.getDueDate())) {
          task.setDueDate(due);
          taskService.saveTask(task);
        }
      }
    });
  }
}
