package cn.gov.agency.meeting.agenda;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录审定意见: the leader in charge fixes the agenda or returns it; the gateway after routes on it. */
@Component("recordAgendaReviewDelegate")
class RecordAgendaReviewDelegate implements JavaDelegate {

  private final AgendaService service;

  RecordAgendaReviewDelegate(AgendaService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    boolean approved = ProcessInput.checked(() -> service.review(meetingId,
        execution.getVariable(AgendaVariables.DECISION), execution.getVariable(AgendaVariables.COMMENT),
        Actor.of(execution)));
    execution.setVariable(AgendaVariables.APPROVED, approved);
  }
}
