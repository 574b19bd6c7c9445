package cn.gov.agency.meeting.notification;

import cn.gov.agency.meeting.calendar.WorkingCalendarService;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;

/**
 * The due date a task gets when its diagram sets none: so many working days (working-day calendar,
 * holidays and make-up days included) after the day it was created, at the configured time.
 */
@Service
public class TaskDueDates {

  private final TaskDueSettings settings;
  private final WorkingCalendarService calendar;

  TaskDueDates(TaskDueSettings settings, WorkingCalendarService calendar) {
    this.settings = settings;
    this.calendar = calendar;
  }

  public LocalDateTime dueFor(String taskDefinitionKey, LocalDateTime createdAt) {
    return calendar.workingDaysAfter(createdAt.toLocalDate(), settings.workingDaysFor(taskDefinitionKey)).date()
        .atTime(settings.dueTime());
  }
}
