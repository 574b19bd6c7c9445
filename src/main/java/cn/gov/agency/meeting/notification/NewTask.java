package cn.gov.agency.meeting.notification;

import java.time.Instant;

/**
 * A task someone is told about, as far as the message tells: it just reached their inbox, or (for
 * {@link Occasion#DUE_SOON}) its deadline is near. {@code meetingId} is the meeting the task's
 * process is bound to (null for work that is not about a meeting yet: an application, the annual
 * plan): the message names it from its record, and a confidential one only to those entitled;
 * {@code meetingTitle} (the process's variable, or its name) is what names the rest; {@code due}
 * may be null.
 */
public record NewTask(String taskId, String taskName, String meetingTitle, Instant due, int priority,
    Occasion occasion, Long meetingId) {

  public NewTask(String taskId, String taskName, String meetingTitle, Instant due, int priority) {
    this(taskId, taskName, meetingTitle, due, priority, Occasion.NEW_TASK, null);
  }
}
