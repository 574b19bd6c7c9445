package cn.gov.agency.meeting.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On every user task's creation (see {@link NewTaskNotificationPlugin}), before the people are told
 * about it: a task whose diagram set no due date gets one from {@link TaskDueDates}, so Tasklist can
 * sort and flag every task and the due-soon reminder covers them all.
 */
@Component
class TaskDueDateListener implements TaskListener {

  private final TaskDueDates dueDates;
  private final ZoneId zone;

  TaskDueDateListener(TaskDueDates dueDates, Clock clock) {
    this.dueDates = dueDates;
    this.zone = clock.getZone();
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getDueDate() != null) {
      return;
    }
    Date created = task.getCreateTime() != null ? task.getCreateTime() : ClockUtil.getCurrentTime();
    LocalDateTime due = dueDates.dueFor(task.getTaskDefinitionKey(), LocalDateTime.ofInstant(created.toInstant(), zone));
    task.setDueDate(Date.from(due.atZone(zone).toInstant()));
  }
}
