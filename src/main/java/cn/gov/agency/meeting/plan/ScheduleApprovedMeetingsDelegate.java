package cn.gov.agency.meeting.plan;

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
    long planId = service.planOfProcess(execution.getProcessInstanceId()).id();
    execution.setVariable(PlanVariables.SCHEDULED_MEETINGS, service.scheduleApprovedMeetings(planId));
  }
}
