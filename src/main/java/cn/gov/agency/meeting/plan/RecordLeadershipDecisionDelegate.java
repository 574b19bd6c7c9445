package cn.gov.agency.meeting.plan;

import static cn.gov.agency.meeting.plan.PlanVariables.LEADERSHIP_COMMENT;
import static cn.gov.agency.meeting.plan.PlanVariables.LEADERSHIP_DECISION;
import static cn.gov.agency.meeting.plan.PlanVariables.PLAN_ID;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录审定结果: records the leadership team's decision, who recorded it and when. */
@Component("recordLeadershipDecisionDelegate")
class RecordLeadershipDecisionDelegate implements JavaDelegate {

  private final AnnualPlanService service;

  RecordLeadershipDecisionDelegate(AnnualPlanService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LeadershipDecision decision = ProcessInput.checked(() -> service.recordLeadershipDecision(
        (Long) execution.getVariable(PLAN_ID), execution.getVariable(LEADERSHIP_DECISION),
        execution.getVariable(LEADERSHIP_COMMENT), Actor.of(execution)));
    execution.setVariable(LEADERSHIP_DECISION, decision.value());
  }
}
