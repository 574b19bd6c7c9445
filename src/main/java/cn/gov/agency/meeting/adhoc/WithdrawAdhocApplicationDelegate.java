package cn.gov.agency.meeting.adhoc;

import static cn.gov.agency.meeting.adhoc.AdhocVariables.APPLICATION_ID;

import cn.gov.agency.meeting.engine.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 撤回申请: the applicant gives up a returned application. */
@Component("withdrawAdhocApplicationDelegate")
class WithdrawAdhocApplicationDelegate implements JavaDelegate {

  private final AdhocApplicationService service;

  WithdrawAdhocApplicationDelegate(AdhocApplicationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.withdraw((Long) execution.getVariable(APPLICATION_ID), Actor.of(execution));
  }
}
