package cn.gov.agency.meeting.plan;

import static cn.gov.agency.meeting.plan.PlanVariables.DEPARTMENT;
import static cn.gov.agency.meeting.plan.PlanVariables.PLAN_ID;

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
    ProcessInput.checked(() -> service.submit((Long) execution.getVariable(PLAN_ID),
        (String) execution.getVariable(DEPARTMENT), Actor.of(execution)));
  }
}
