package cn.gov.agency.meeting.notification;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * On every user task (see {@link NewTaskNotificationPlugin}): works out whose inbox the task has
 * just reached, and who caused that, and leaves the rest to {@link NewTaskNotifier}. On
 * {@code create} that is the assignee or else every candidate user and member of a candidate
 * group; on {@code assignment} the new assignee.
 */
@Component
class NewTaskListener implements TaskListener {

  /** Set by every meeting process; the inboxes show it as 会议名称 as well. */
  private static final String MEETING_TITLE = "meetingTitle";

  private final NewTaskNotifier notifier;

  NewTaskListener(NewTaskNotifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void notify(DelegateTask task) {
    Set<String> recipients = task.getAssignee() != null ? Set.of(task.getAssignee())
        : EVENTNAME_CREATE.equals(task.getEventName()) ? candidates(task) : Set.of();
    if (!recipients.isEmpty()) {
      notifier.taskReached(describe(task), recipients, causedBy(task));
    }
  }

  private static Set<String> candidates(DelegateTask task) {
    return TaskAudience.candidates(task.getProcessEngineServices().getIdentityService(), task.getCandidates());
  }

  private static NewTask describe(DelegateTask task) {
    Object title = task.getVariable(MEETING_TITLE);
    String meeting = title != null && !title.toString().isBlank() ? title.toString() : processName(task);
    String name = task.getName() != null ? task.getName() : task.getTaskDefinitionKey();
    Long meetingId = task.getExecution() == null ? null
        : MeetingOfTask.fromBusinessKey(task.getExecution().getProcessBusinessKey());
    return new NewTask(task.getId(), name, meeting,
        task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getPriority(), Occasion.NEW_TASK,
        meetingId);
  }

  private static String processName(DelegateTask task) {
    ProcessDefinitionEntity definition = ((TaskEntity) task).getProcessDefinition();
    return definition.getName() != null ? definition.getName() : definition.getKey();
  }

  private static String causedBy(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
