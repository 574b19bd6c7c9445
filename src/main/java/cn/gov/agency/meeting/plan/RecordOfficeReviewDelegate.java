package cn.gov.agency.meeting.plan;

import static cn.gov.agency.meeting.plan.PlanVariables.OFFICE_COMMENT;
import static cn.gov.agency.meeting.plan.PlanVariables.OFFICE_DECISION;
import static cn.gov.agency.meeting.plan.PlanVariables.RETURN_DEPARTMENTS;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录审核意见: checks and records the office's review; the gateway after it routes on it. */
@Component("recordOfficeReviewDelegate")
class RecordOfficeReviewDelegate implements JavaDelegate {

  private final AnnualPlanService service;

  RecordOfficeReviewDelegate(AnnualPlanService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The plan bound to this instance (its row stores the instance id), whatever a planId variable says.
    long planId = service.planOfProcess(execution.getProcessInstanceId()).id();
    OfficeReview review = ProcessInput.checked(() -> service.recordOfficeReview(
        planId, execution.getVariable(OFFICE_DECISION),
        execution.getVariable(RETURN_DEPARTMENTS), execution.getVariable(OFFICE_COMMENT), Actor.of(execution)));
    execution.setVariable(OFFICE_DECISION, review.value());
  }
}
