package cn.gov.agency.meeting.adhoc;

import static cn.gov.agency.meeting.adhoc.AdhocVariables.APPLICANT_NAME;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.APPLICATION_ID;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.HOST_DEPARTMENT;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.HOST_DEPARTMENT_NAME;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记申请: checks the submitted form and stores the application; invalid input starts nothing. */
@Component("registerAdhocApplicationDelegate")
class RegisterAdhocApplicationDelegate implements JavaDelegate {

  private final AdhocApplicationForm form;
  private final AdhocApplicationService service;

  RegisterAdhocApplicationDelegate(AdhocApplicationForm form, AdhocApplicationService service) {
    this.form = form;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AdhocApplicationInput input = ProcessInput.checked(() -> form.read(execution.getVariables()));
    // The applicant is whoever is logged in starting the process, whatever an applicant variable says
    // (the engine's initiator variable holds the same name, for display).
    String applicant = Actor.of(execution);
    AdhocApplicationService.Registered registered = ProcessInput.checked(
        () -> service.submit(execution.getProcessInstanceId(), applicant, input));
    execution.setVariable(APPLICATION_ID, registered.applicationId());
    execution.setVariable(HOST_DEPARTMENT, registered.hostDepartmentCode());
    execution.setVariable(HOST_DEPARTMENT_NAME, registered.hostDepartmentName());
    execution.setVariable(APPLICANT_NAME, registered.applicantName());
    execution.setProcessBusinessKey("adhoc-" + registered.applicationId());
    execution.setVariable(AdhocVariables.MEETING_LIMIT_WARNING,
        service.limitCheck(service.find(registered.applicationId())).summary());
  }
}
