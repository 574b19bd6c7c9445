package cn.gov.agency.meeting.followup;

import static cn.gov.agency.meeting.followup.FollowUpVariables.CHECK_CYCLE;
import static cn.gov.agency.meeting.followup.FollowUpVariables.FOLLOW_UP_ID;
import static cn.gov.agency.meeting.followup.FollowUpVariables.OVERDUE_AT;
import static cn.gov.agency.meeting.followup.FollowUpVariables.PAGE_URL;
import static cn.gov.agency.meeting.followup.FollowUpVariables.REMIND_AT;
import static cn.gov.agency.meeting.followup.FollowUpVariables.RESOLUTION_DEADLINE;
import static cn.gov.agency.meeting.followup.FollowUpVariables.RESOLUTION_INDEX;
import static cn.gov.agency.meeting.followup.FollowUpVariables.RESPONSIBLE_DEPARTMENT;
import static cn.gov.agency.meeting.followup.FollowUpVariables.RESPONSIBLE_DEPARTMENT_NAME;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 建立督办事项: picks this instance's resolution and sets the department and the timer dates. */
@Component("openFollowUpDelegate")
class OpenFollowUpDelegate implements JavaDelegate {

  private final FollowUpService service;
  private final ProcessTime time;

  OpenFollowUpDelegate(FollowUpService service, ProcessTime time) {
    this.service = service;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpService.Opened opened = service.open(ProcessBinding.meetingId(execution),
        ((Number) execution.getVariable(RESOLUTION_INDEX)).intValue(), execution.getProcessInstanceId(),
        Actor.of(execution), time.now());
    FollowUp followUp = opened.followUp();
    execution.setVariable(FOLLOW_UP_ID, followUp.id());
    execution.setVariable(RESPONSIBLE_DEPARTMENT, followUp.departmentCode());
    execution.setVariable(RESPONSIBLE_DEPARTMENT_NAME, followUp.departmentName());
    execution.setVariable(RESOLUTION_DEADLINE, time.date(opened.dueAt()));
    execution.setVariable(REMIND_AT, time.date(opened.remindAt()));
    execution.setVariable(OVERDUE_AT, time.date(opened.overdueAt()));
    execution.setVariable(CHECK_CYCLE, opened.checkCycle());
    execution.setVariable(PAGE_URL, opened.pageUrl());
  }
}
