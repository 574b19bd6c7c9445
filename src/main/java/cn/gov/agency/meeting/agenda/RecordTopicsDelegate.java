package cn.gov.agency.meeting.agenda;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录部门议题: checks and stores the department's topics (or that it has none). */
@Component("recordTopicsDelegate")
class RecordTopicsDelegate implements JavaDelegate {

  private final AgendaService service;

  RecordTopicsDelegate(AgendaService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    String department = (String) execution.getVariable(AgendaVariables.DEPARTMENT);
    ProcessInput.checked(() -> service.propose(meetingId, department,
        execution.getVariable(AgendaVariables.PROPOSED_TOPICS), Actor.of(execution)));
  }
}
