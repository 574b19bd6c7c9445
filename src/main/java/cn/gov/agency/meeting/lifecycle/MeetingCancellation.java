package cn.gov.agency.meeting.lifecycle;

import cn.gov.agency.meeting.meeting.MeetingCancelled;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.venue.VenueService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 取消会议: a meeting not yet held is called off. Its record says CANCELLED, its room is free again,
 * its lifecycle ends (with every stage it had called) and every listener hears of it, all in one
 * transaction: a cancellation that cannot end the lifecycle changes nothing.
 */
@Service
public class MeetingCancellation {

  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final MeetingEvents events;
  private final VenueService venue;
  private final LifecycleMessages lifecycle;
  private final ApplicationEventPublisher publisher;

  MeetingCancellation(Meetings meetings, MeetingSchedule schedule, MeetingEvents events, VenueService venue,
      LifecycleMessages lifecycle, ApplicationEventPublisher publisher) {
    this.meetings = meetings;
    this.schedule = schedule;
    this.events = events;
    this.venue = venue;
    this.lifecycle = lifecycle;
    this.publisher = publisher;
  }

  @Transactional
  public MeetingRecord cancel(long meetingId, CancelInput input, String actor) {
    MeetingRecord meeting = MeetingChanges.changeable(meetings, meetingId, "取消");
    Violations violations = new Violations("取消会议");
    String reason = MeetingChanges.reason(input.reason(), violations);
    violations.throwIfAny();
    if (!schedule.changeStatus(meetingId, meeting.status(), MeetingStatus.CANCELLED)) {
      throw new MeetingChangeRefused("会议“" + meeting.title() + "”的状态刚被他人改变，请刷新后重试");
    }
    venue.release(meetingId, actor);
    events.record(meetingId, MeetingChanges.STAGE, "CANCELLED", actor, reason);
    lifecycle.cancel(meetingId);
    publisher.publishEvent(new MeetingCancelled(meetingId, reason, actor));
    return meetings.find(meetingId).orElseThrow();
  }
}
