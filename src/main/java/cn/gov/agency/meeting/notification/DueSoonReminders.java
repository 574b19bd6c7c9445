package cn.gov.agency.meeting.notification;

import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Tells the people of an open task that its deadline is near (a timer in the diagram decides when),
 * through the same channels and rules as new-task reminders, once per task and person.
 * Called from delegates, inside the engine's command.
 */
@Component
public class DueSoonReminders {

  private static final String MEETING_TITLE = "meetingTitle";

  private final TaskService taskService;
  private final IdentityService identityService;
  private final NewTaskNotifier notifier;

  DueSoonReminders(TaskService taskService, IdentityService identityService, NewTaskNotifier notifier) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.notifier = notifier;
  }

  public void remind(Task task) {
    Set<String> recipients = task.getAssignee() != null ? Set.of(task.getAssignee())
        : TaskAudience.candidates(identityService, taskService.getIdentityLinksForTask(task.getId()));
    Object title = taskService.getVariable(task.getId(), MEETING_TITLE);
    NewTask dueSoon = new NewTask(task.getId(), task.getName(), title == null ? task.getName() : title.toString(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getPriority(), Occasion.DUE_SOON,
        meetingOf(task));
    notifier.taskReached(dueSoon, recipients, null);
  }

  private static Long meetingOf(Task task) {
    if (task instanceof TaskEntity entity && entity.getProcessInstance() != null) {
      return MeetingOfTask.fromBusinessKey(entity.getProcessInstance().getBusinessKey());
    }
    return null;
  }
}
