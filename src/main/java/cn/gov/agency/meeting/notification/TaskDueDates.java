package cn.gov.agency.meeting.notification;

import cn.gov.agency.meeting.calendar.WorkingCalendarService;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;

/**
 * The due date a task gets when its diagram sets none: so many working days (working-day calendar,
 * holidays and make-up days included) after the day it was created, at the configured time — but
 * never after what the task is needed for (its meeting, its stage's deadline).
 */
@Service
public class TaskDueDates {

  private final TaskDueSettings settings;
  private final WorkingCalendarService calendar;

  TaskDueDates(TaskDueSettings settings, WorkingCalendarService calendar) {
    this.settings = settings;
    this.calendar = calendar;
  }

  /** As {@link #dueFor(String, LocalDateTime)}, and no later than {@code latest} (none: null). */
  public LocalDateTime dueFor(String taskDefinitionKey, LocalDateTime createdAt, LocalDateTime latest) {
    LocalDateTime due = dueFor(taskDefinitionKey, createdAt);
    return latest != null && latest.isBefore(due) ? latest : due;
  }

  public LocalDateTime dueFor(String taskDefinitionKey, LocalDateTime createdAt) {
    return calendar.workingDaysAfter(createdAt.toLocalDate(), settings.workingDaysFor(taskDefinitionKey)).date()
        .atTime(settings.dueTime());
  }
}
