package cn.gov.agency.meeting.passon;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 确定传达范围: the departments concerned (attendees' and resolutions' departments). */
@Component("openPassingOnDelegate")
class OpenPassingOnDelegate implements JavaDelegate {

  private final PassOnService service;

  OpenPassingOnDelegate(PassOnService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.open(ProcessBinding.meetingId(execution), execution.getProcessInstanceId(),
        Actor.of(execution));
  }
}
