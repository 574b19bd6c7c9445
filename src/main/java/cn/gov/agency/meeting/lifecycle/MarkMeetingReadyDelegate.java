package cn.gov.agency.meeting.lifecycle;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
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
    preparation.markReady(ProcessBinding.meetingId(execution), Actor.of(execution));
  }
}
