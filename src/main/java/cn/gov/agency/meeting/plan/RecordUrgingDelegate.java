package cn.gov.agency.meeting.plan;

import static cn.gov.agency.meeting.plan.PlanVariables.DEPARTMENT;
import static cn.gov.agency.meeting.plan.PlanVariables.URGE_NOTE;

import cn.gov.agency.meeting.engine.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录督促情况: what the office did about a late department. */
@Component("recordUrgingDelegate")
class RecordUrgingDelegate implements JavaDelegate {

  private final AnnualPlanService service;

  RecordUrgingDelegate(AnnualPlanService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The plan bound to this instance (its row stores the instance id), whatever a planId variable says.
    long planId = service.planOfProcess(execution.getProcessInstanceId()).id();
    Object note = execution.getVariable(URGE_NOTE);
    service.recordUrging(planId, (String) execution.getVariable(DEPARTMENT),
        Actor.of(execution), note == null ? null : note.toString());
  }
}
