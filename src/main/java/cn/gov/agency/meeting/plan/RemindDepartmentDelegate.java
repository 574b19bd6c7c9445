package cn.gov.agency.meeting.plan;

import static cn.gov.agency.meeting.plan.PlanVariables.DEPARTMENT;
import static cn.gov.agency.meeting.plan.PlanVariables.PLAN_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 截止前提醒: records that the department was reminded of the coming deadline. */
@Component("remindDepartmentDelegate")
class RemindDepartmentDelegate implements JavaDelegate {

  private final AnnualPlanService service;

  RemindDepartmentDelegate(AnnualPlanService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.remind((Long) execution.getVariable(PLAN_ID), (String) execution.getVariable(DEPARTMENT));
  }
}
