package cn.gov.agency.meeting.adhoc;

import static cn.gov.agency.meeting.adhoc.AdhocVariables.APPLICANT_ACTION;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.MEETING_TITLE;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 重新提交: the application goes back to the leader as the applicant revised it on its page
 * ({@code /app/adhoc-applications/{id}}, checked there as strictly as the first submission); the
 * title that names the tasks follows the record.
 */
@Component("resubmitAdhocApplicationDelegate")
class ResubmitAdhocApplicationDelegate implements JavaDelegate {

  private final AdhocApplicationService service;

  ResubmitAdhocApplicationDelegate(AdhocApplicationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessInput.checked(() -> service.checkApplicantAction(execution.getVariable(APPLICANT_ACTION)));
    AdhocApplication application = service.resubmit(service.ofProcess(execution.getProcessInstanceId()).id(),
        Actor.of(execution));
    execution.setVariable(MEETING_TITLE, application.title());
    execution.setVariable(AdhocVariables.MEETING_LIMIT_WARNING, service.limitCheck(application).summary());
  }
}
