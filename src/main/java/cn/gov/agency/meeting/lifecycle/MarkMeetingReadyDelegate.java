package cn.gov.agency.meeting.lifecycle;

import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MEETING_ID;

import cn.gov.agency.meeting.engine.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 筹备就绪: every required preparation is done. */
@Component("markMeetingReadyDelegate")
class MarkMeetingReadyDelegate implements JavaDelegate {

  private final MeetingPreparation preparation;

  MarkMeetingReadyDelegate(MeetingPreparation preparation) {
    this.preparation = preparation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    preparation.markReady((Long) execution.getVariable(MEETING_ID), Actor.of(execution));
  }
}
