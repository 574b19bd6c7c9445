package cn.gov.agency.meeting.minutes;

import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MEETING_ID;
import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.RECORDER;

import cn.gov.agency.meeting.engine.Actor;
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
    String pageUrl = service.open((Long) execution.getVariable(MEETING_ID), execution.getProcessInstanceId(),
        (String) execution.getVariable(RECORDER), Actor.of(execution));
    execution.setVariable(MinutesVariables.PAGE_URL, pageUrl);
  }
}
