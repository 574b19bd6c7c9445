package cn.gov.agency.meeting.plan;

import static cn.gov.agency.meeting.plan.PlanVariables.LEADERSHIP_ATTENDEES;
import static cn.gov.agency.meeting.plan.PlanVariables.LEADERSHIP_COMMENT;
import static cn.gov.agency.meeting.plan.PlanVariables.LEADERSHIP_DECISION;
import static cn.gov.agency.meeting.plan.PlanVariables.LEADERSHIP_MEETING_DATE;
import static cn.gov.agency.meeting.plan.PlanVariables.LEADERSHIP_MEETING_NAME;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录审定结果: records the leadership team's collective decision, its meeting, who attended and who recorded it. */
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
    Map<String, Object> values = new HashMap<>();
    for (String name : List.of(LEADERSHIP_DECISION, LEADERSHIP_COMMENT, LEADERSHIP_MEETING_DATE,
        LEADERSHIP_MEETING_NAME, LEADERSHIP_ATTENDEES)) {
      values.put(name, execution.getVariable(name));
    }
    LeadershipDecision decision = ProcessInput.checked(() -> service.recordLeadershipDecision(
        planId, values, Actor.of(execution)));
    execution.setVariable(LEADERSHIP_DECISION, decision.value());
  }
}
