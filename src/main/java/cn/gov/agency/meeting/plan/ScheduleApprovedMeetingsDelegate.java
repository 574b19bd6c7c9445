package cn.gov.agency.meeting.plan;

import static cn.gov.agency.meeting.plan.PlanVariables.PLAN_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 生成计划会议: every entry of the approved plan becomes a planned meeting. */
@Component("scheduleApprovedMeetingsDelegate")
class ScheduleApprovedMeetingsDelegate implements JavaDelegate {

  private final AnnualPlanService service;

  ScheduleApprovedMeetingsDelegate(AnnualPlanService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(PlanVariables.SCHEDULED_MEETINGS, service.scheduleApprovedMeetings((Long) execution.getVariable(PLAN_ID)));
  }
}
