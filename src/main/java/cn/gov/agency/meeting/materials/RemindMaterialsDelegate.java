package cn.gov.agency.meeting.materials;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.notification.DueSoonReminders;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** 提醒主办部门: the materials deadline is near; the host department's staff are reminded of their task. */
@Component("remindMaterialsDelegate")
class RemindMaterialsDelegate implements JavaDelegate {

  static final String PREPARE_TASK = "prepareMaterials";

  private final MaterialsService service;
  private final DueSoonReminders reminders;

  RemindMaterialsDelegate(MaterialsService service, DueSoonReminders reminders) {
    this.service = service;
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.remind(ProcessBinding.meetingId(execution), Actor.of(execution));
    Task task = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(PREPARE_TASK)
        .singleResult();
    if (task != null) {
      reminders.remind(task);
    }
  }
}
