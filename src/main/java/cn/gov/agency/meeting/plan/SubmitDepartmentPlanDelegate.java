package cn.gov.agency.meeting.plan;

import static cn.gov.agency.meeting.plan.PlanVariables.DEPARTMENT;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提交部门计划: refuses an empty plan that does not say "no meetings"; otherwise submits it. */
@Component("submitDepartmentPlanDelegate")
class SubmitDepartmentPlanDelegate implements JavaDelegate {

  private final AnnualPlanService service;

  SubmitDepartmentPlanDelegate(AnnualPlanService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The plan bound to this instance (its row stores the instance id), whatever a planId variable says.
    long planId = service.planOfProcess(execution.getProcessInstanceId()).id();
    ProcessInput.checked(() -> service.submit(planId,
        (String) execution.getVariable(DEPARTMENT), Actor.of(execution)));
  }
}
