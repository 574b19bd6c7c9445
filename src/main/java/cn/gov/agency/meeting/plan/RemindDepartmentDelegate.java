package cn.gov.agency.meeting.plan;

import static cn.gov.agency.meeting.plan.PlanVariables.DEPARTMENT;

import cn.gov.agency.meeting.notification.DueSoonReminders;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** 提醒部门报送: the deadline is near; the department's staff are reminded of their open task. */
@Component("remindDepartmentDelegate")
class RemindDepartmentDelegate implements JavaDelegate {

  private static final String SUBMIT_TASK = "submitDepartmentPlan";

  private final AnnualPlanService service;
  private final DueSoonReminders reminders;

  RemindDepartmentDelegate(AnnualPlanService service, DueSoonReminders reminders) {
    this.service = service;
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The plan bound to this instance (its row stores the instance id), whatever a planId variable says.
    long planId = service.planOfProcess(execution.getProcessInstanceId()).id();
    String department = (String) execution.getVariable(DEPARTMENT);
    service.remind(planId, department);
    Task task = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(SUBMIT_TASK)
        .taskCandidateGroup(RoleCatalogue.departmentGroupId("staff", department)).includeAssignedTasks()
        .singleResult();
    if (task != null) {
      reminders.remind(task);
    }
  }
}
