package cn.gov.agency.meeting.budget;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 预算已批准: releases the meeting's 会议用餐 and 会议住宿 that wait for an approved budget (R6.1:
 * money is held to the budget before it is committed). A stage not waiting — not needed, or not yet
 * started — is not there to receive it and checks the budget itself when it starts.
 */
@Component("announceBudgetApprovedDelegate")
class AnnounceBudgetApprovedDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(BudgetVariables.BUDGET_APPROVED_MESSAGE)
        .processInstanceBusinessKey(MeetingKey.of(meetingId))
        .correlateAll();
  }
}
