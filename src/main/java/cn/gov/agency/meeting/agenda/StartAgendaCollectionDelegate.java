package cn.gov.agency.meeting.agenda;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.routing.ProcessBinding;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 发起议题征集 in 会议通知: for a type that collects topics (meeting-types.yaml, R2 工作部署会)
 * starts 议题征集与议程审定 for the meeting, once; the notice lists the agenda it fixes.
 */
@Component("startAgendaCollectionDelegate")
class StartAgendaCollectionDelegate implements JavaDelegate {

  private final AgendaService service;
  private final RuntimeService runtime;

  StartAgendaCollectionDelegate(AgendaService service, RuntimeService runtime) {
    this.service = service;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    if (!service.collectsTopics(meetingId) || service.find(meetingId).isPresent()) {
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    for (String name : new String[] {LifecycleVariables.MEETING_ID, LifecycleVariables.MEETING_TITLE,
        LifecycleVariables.MEETING_TYPE, LifecycleVariables.HOST_DEPARTMENT, LifecycleVariables.HOST_DEPARTMENT_NAME}) {
      if (execution.hasVariable(name)) {
        variables.put(name, execution.getVariable(name));
      }
    }
    runtime.startProcessInstanceByKey(AgendaVariables.PROCESS_KEY, MeetingKey.of(meetingId), variables);
  }
}
