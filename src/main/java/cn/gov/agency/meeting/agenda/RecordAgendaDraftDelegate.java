package cn.gov.agency.meeting.agenda;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录议程草案: checks and stores the office's agenda for the leader in charge. */
@Component("recordAgendaDraftDelegate")
class RecordAgendaDraftDelegate implements JavaDelegate {

  private final AgendaService service;

  RecordAgendaDraftDelegate(AgendaService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    ProcessInput.checked(() -> service.draft(meetingId, execution.getVariable(AgendaVariables.AGENDA_ITEMS),
        Actor.of(execution)));
  }
}
