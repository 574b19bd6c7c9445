package cn.gov.agency.meeting.agenda;

import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录逾期未报: the department's deadline passed; the agenda is drafted without its topics. */
@Component("recordLateTopicsDelegate")
class RecordLateTopicsDelegate implements JavaDelegate {

  private final AgendaService service;

  RecordLateTopicsDelegate(AgendaService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.recordLate(ProcessBinding.meetingId(execution),
        (String) execution.getVariable(AgendaVariables.DEPARTMENT));
  }
}
