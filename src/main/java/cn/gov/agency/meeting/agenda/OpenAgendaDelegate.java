package cn.gov.agency.meeting.agenda;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 发起议题征集: asks every department for topics and sets when their tasks close. */
@Component("openAgendaDelegate")
class OpenAgendaDelegate implements JavaDelegate {

  private final AgendaService service;
  private final Clock clock;

  OpenAgendaDelegate(AgendaService service, Clock clock) {
    this.service = service;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    Agenda agenda = service.open(meetingId, execution.getProcessInstanceId(), Actor.of(execution));
    execution.setVariable(AgendaVariables.DEPARTMENTS,
        new ArrayList<>(agenda.departments().stream().map(Agenda.DepartmentAnswer::departmentCode).toList()));
    execution.setVariable(AgendaVariables.TOPIC_DEADLINE,
        Date.from(agenda.topicDeadline().atZone(clock.getZone()).toInstant()));
    execution.setVariable(AgendaVariables.AGENDA_URL, AgendaPageController.pagePath(meetingId));
  }
}
