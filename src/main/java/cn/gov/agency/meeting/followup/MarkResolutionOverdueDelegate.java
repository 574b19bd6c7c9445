package cn.gov.agency.meeting.followup;

import cn.gov.agency.meeting.engine.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 认定逾期: the deadline has passed; followUpOverdue routes the office's 督促整改. */
@Component("markResolutionOverdueDelegate")
class MarkResolutionOverdueDelegate implements JavaDelegate {

  private final FollowUpService service;
  private final ProcessTime time;

  MarkResolutionOverdueDelegate(FollowUpService service, ProcessTime time) {
    this.service = service;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long followUpId = service.ofProcess(execution.getProcessInstanceId()).id();
    execution.setVariable(FollowUpVariables.OVERDUE, service.markOverdue(followUpId, Actor.of(execution), time.now()));
  }
}
