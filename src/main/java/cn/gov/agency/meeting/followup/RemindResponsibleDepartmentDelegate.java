package cn.gov.agency.meeting.followup;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.notification.DueSoonReminders;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** 提醒责任部门: the deadline is near; the department's people are reminded of their open task. */
@Component("remindResponsibleDepartmentDelegate")
class RemindResponsibleDepartmentDelegate implements JavaDelegate {

  static final String CARRY_OUT_TASK = "carryOutResolution";

  private final FollowUpService service;
  private final DueSoonReminders reminders;
  private final ProcessTime time;

  RemindResponsibleDepartmentDelegate(FollowUpService service, DueSoonReminders reminders, ProcessTime time) {
    this.service = service;
    this.reminders = reminders;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long followUpId = service.ofProcess(execution.getProcessInstanceId()).id();
    if (!service.remind(followUpId, Actor.of(execution), time.now())) {
      return;
    }
    Task task = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(CARRY_OUT_TASK).singleResult();
    if (task != null) {
      reminders.remind(task);
    }
  }
}
