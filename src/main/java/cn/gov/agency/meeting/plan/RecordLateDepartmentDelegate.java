package cn.gov.agency.meeting.plan;

import static cn.gov.agency.meeting.plan.PlanVariables.DEPARTMENT;
import static cn.gov.agency.meeting.plan.PlanVariables.PLAN_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录逾期: the deadline passed without a submission; the office is asked to urge the department. */
@Component("recordLateDepartmentDelegate")
class RecordLateDepartmentDelegate implements JavaDelegate {

  private final AnnualPlanService service;

  RecordLateDepartmentDelegate(AnnualPlanService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.markLate((Long) execution.getVariable(PLAN_ID), (String) execution.getVariable(DEPARTMENT));
  }
}
