package cn.gov.agency.meeting.lifecycle;

import cn.gov.agency.meeting.adhoc.AdhocVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 启动会议全流程: a filed ad-hoc meeting goes on into its preparation. */
@Component("startMeetingLifecycleDelegate")
class StartMeetingLifecycleDelegate implements JavaDelegate {

  private final MeetingLifecycle lifecycle;

  StartMeetingLifecycleDelegate(MeetingLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.start((Long) execution.getVariable(AdhocVariables.MEETING_ID));
  }
}
