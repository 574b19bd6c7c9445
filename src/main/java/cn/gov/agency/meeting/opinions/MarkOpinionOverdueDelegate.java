package cn.gov.agency.meeting.opinions;

import cn.gov.agency.meeting.engine.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 认定逾期: the deadline passed without an answer reported in time; opinionOverdue routes 督促办理. */
@Component("markOpinionOverdueDelegate")
class MarkOpinionOverdueDelegate implements JavaDelegate {

  private final OpinionService service;
  private final OpinionTime time;

  MarkOpinionOverdueDelegate(OpinionService service, OpinionTime time) {
    this.service = service;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = service.ofProcess(execution.getProcessInstanceId()).id();
    execution.setVariable(OpinionVariables.OVERDUE, service.markOverdue(id, Actor.of(execution), time.now()));
  }
}
