package cn.gov.agency.meeting.plan;

import static cn.gov.agency.meeting.plan.PlanVariables.DEPARTMENT;

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
    // The plan bound to this instance (its row stores the instance id), whatever a planId variable says.
    long planId = service.planOfProcess(execution.getProcessInstanceId()).id();
    service.markLate(planId, (String) execution.getVariable(DEPARTMENT));
  }
}
