package cn.gov.agency.meeting.lifecycle;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 计算筹备时限: states the notice and materials deadlines in the meeting's trail, short-notice ones as
 * such. The stages' timers and due dates ask the meeting's schedule themselves, so nothing is copied.
 */
@Component("scheduleDeadlinesDelegate")
class ScheduleDeadlinesDelegate implements JavaDelegate {

  private final MeetingSchedule schedule;
  private final MeetingEvents events;

  ScheduleDeadlinesDelegate(MeetingSchedule schedule, MeetingEvents events) {
    this.schedule = schedule;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    events.record(meetingId, MeetingPreparation.STAGE, "DEADLINES", Actor.of(execution),
        schedule.deadlines(meetingId).describe());
  }
}
