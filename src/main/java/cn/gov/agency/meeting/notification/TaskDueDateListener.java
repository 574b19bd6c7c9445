package cn.gov.agency.meeting.notification;

import cn.gov.agency.meeting.meeting.MeetingSchedule;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * On every user task's creation (see {@link NewTaskNotificationPlugin}), before the people are told
 * about it: a task whose diagram set no due date gets one from {@link TaskDueDates}, so Tasklist can
 * sort and flag every task and the due-soon reminder covers them all. A task of a meeting that comes
 * before the meeting is due before it; a task due at its stage's deadline says so in its diagram
 * ({@code camunda:dueDate="${meetingSchedule.noticeDue(meetingId)}"}). {@link #dueOf} answers the
 * same for a task already open when its meeting moves.
 */
@Component
public class TaskDueDateListener implements TaskListener {

  private final TaskDueDates dueDates;
  private final MeetingSchedule schedule;
  private final ZoneId zone;

  /** Lazy: the engine's plugin is built before the schedule's decision table can reach the engine. */
  TaskDueDateListener(TaskDueDates dueDates, @Lazy MeetingSchedule schedule, Clock clock) {
    this.dueDates = dueDates;
    this.schedule = schedule;
    this.zone = clock.getZone();
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getDueDate() == null) {
      task.setDueDate(defaultDueOf(task));
    }
  }

  /**
   * The due date the task has by its diagram and the schedule as they stand now (inside a command):
   * the diagram's due-date expression again where it has one (null when that gives no date, which
   * is not the schedule's to change), the default otherwise.
   */
  public Date dueOf(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    String expression = userTask == null ? null : userTask.getCamundaDueDate();
    if (expression == null || expression.isBlank()) {
      return defaultDueOf(task);
    }
    return evaluate(expression, task) instanceof Date due ? due : null;
  }

  private Date defaultDueOf(DelegateTask task) {
    Date created = task.getCreateTime() != null ? task.getCreateTime() : ClockUtil.getCurrentTime();
    LocalDateTime createdAt = time(created);
    LocalDateTime due = dueDates.dueFor(task.getTaskDefinitionKey(), createdAt, meetingLimit(task, createdAt));
    return Date.from(due.atZone(zone).toInstant());
  }

  private LocalDateTime meetingLimit(DelegateTask task, LocalDateTime createdAt) {
    Long meetingId = task.getExecution() == null ? null
        : MeetingOfTask.fromBusinessKey(task.getExecution().getProcessBusinessKey());
    return meetingId == null ? null : schedule.latestDueOf(meetingId, createdAt);
  }

  private static Object evaluate(String expression, DelegateTask task) {
    VariableScope scope = task.getExecution() != null ? task.getExecution() : task;
    return Context.getProcessEngineConfiguration().getExpressionManager().createExpression(expression)
        .getValue(scope);
  }

  private LocalDateTime time(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), zone);
  }
}
