package cn.gov.agency.meeting.minutes;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 开始会议记录: gives the named recorder a working draft and tells the task form where to write it. */
@Component("openMinutesDelegate")
class OpenMinutesDelegate implements JavaDelegate {

  private final MinutesService service;

  OpenMinutesDelegate(MinutesService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String pageUrl = service.open(ProcessBinding.meetingId(execution), execution.getProcessInstanceId(),
        Actor.of(execution));
    execution.setVariable(MinutesVariables.PAGE_URL, pageUrl);
  }
}
