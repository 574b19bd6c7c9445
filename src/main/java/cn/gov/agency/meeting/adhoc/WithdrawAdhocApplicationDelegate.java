package cn.gov.agency.meeting.adhoc;

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
    service.withdraw(service.ofProcess(execution.getProcessInstanceId()).id(), Actor.of(execution));
  }
}
