package cn.gov.agency.meeting.opinions;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.notification.DueSoonReminders;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 提醒答复部门 and, after the office urged, 督促送达: the department's people are told of their open
 * 办理意见建议 task through the task reminders' channels.
 */
@Component("remindOpinionDepartmentDelegate")
class RemindOpinionDepartmentDelegate implements JavaDelegate {

  static final String HANDLE_TASK = "handleOpinion";

  private final OpinionService service;
  private final DueSoonReminders reminders;
  private final OpinionTime time;

  RemindOpinionDepartmentDelegate(OpinionService service, DueSoonReminders reminders, OpinionTime time) {
    this.service = service;
    this.reminders = reminders;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = service.ofProcess(execution.getProcessInstanceId()).id();
    if (!service.remind(id, Actor.of(execution), time.now())) {
      return;
    }
    Task task = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(HANDLE_TASK).singleResult();
    if (task != null) {
      reminders.remind(task);
    }
  }
}
