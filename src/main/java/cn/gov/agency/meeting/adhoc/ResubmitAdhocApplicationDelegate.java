package cn.gov.agency.meeting.adhoc;

import static cn.gov.agency.meeting.adhoc.AdhocVariables.APPLICANT_ACTION;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 重新提交: checks the revised form as strictly as the first one and stores it. */
@Component("resubmitAdhocApplicationDelegate")
class ResubmitAdhocApplicationDelegate implements JavaDelegate {

  private final AdhocApplicationForm form;
  private final AdhocApplicationService service;

  ResubmitAdhocApplicationDelegate(AdhocApplicationForm form, AdhocApplicationService service) {
    this.form = form;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessInput.checked(() -> service.checkApplicantAction(execution.getVariable(APPLICANT_ACTION)));
    AdhocApplicationInput input = ProcessInput.checked(() -> form.read(execution.getVariables()));
    service.resubmit(service.ofProcess(execution.getProcessInstanceId()).id(), input, Actor.of(execution));
  }
}
