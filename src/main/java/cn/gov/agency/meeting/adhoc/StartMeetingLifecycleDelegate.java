package cn.gov.agency.meeting.adhoc;

import cn.gov.agency.meeting.lifecycle.MeetingLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 启动会议全流程: a filed ad-hoc meeting goes on into its preparation. */
@Component("startMeetingLifecycleDelegate")
class StartMeetingLifecycleDelegate implements JavaDelegate {

  private final MeetingLifecycle lifecycle;
  private final AdhocApplicationService applications;

  StartMeetingLifecycleDelegate(MeetingLifecycle lifecycle, AdhocApplicationService applications) {
    this.lifecycle = lifecycle;
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The meeting the filing created for the application bound to this instance (linked on its row).
    Long meetingId = applications.ofProcess(execution.getProcessInstanceId()).meetingId();
    if (meetingId == null) {
      throw new IllegalStateException("申请尚未备案，没有会议记录 / the application has no meeting yet");
    }
    lifecycle.start(meetingId);
  }
}
