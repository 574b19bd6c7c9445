package cn.gov.agency.meeting.plan;

import static cn.gov.agency.meeting.plan.PlanVariables.LEADERSHIP_COMMENT;
import static cn.gov.agency.meeting.plan.PlanVariables.LEADERSHIP_DECISION;

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
    // The plan bound to this instance (its row stores the instance id), whatever a planId variable says.
    long planId = service.planOfProcess(execution.getProcessInstanceId()).id();
    LeadershipDecision decision = ProcessInput.checked(() -> service.recordLeadershipDecision(
        planId, execution.getVariable(LEADERSHIP_DECISION),
        execution.getVariable(LEADERSHIP_COMMENT), Actor.of(execution)));
    execution.setVariable(LEADERSHIP_DECISION, decision.value());
  }
}
