package cn.gov.agency.meeting.leave;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 告知请假人: the decision by e-mail, best effort (it never fails the step). */
@Component("informLeaveRequesterDelegate")
class InformLeaveRequesterDelegate implements JavaDelegate {

  private final LeaveService service;

  InformLeaveRequesterDelegate(LeaveService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.informRequester(service.requestOfProcess(execution.getProcessInstanceId()));
  }
}
