package cn.gov.agency.meeting.signin;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRescheduled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Codes already issued stay valid when a meeting moves (会议改期); their window moves with it. */
@Component
class SignInWindowFollowsMeeting {

  private final SignInRepository signIns;
  private final SignInSettings settings;
  private final MeetingEvents events;

  SignInWindowFollowsMeeting(SignInRepository signIns, SignInSettings settings, MeetingEvents events) {
    this.signIns = signIns;
    this.settings = settings;
    this.events = events;
  }

  @EventListener
  void meetingMoved(MeetingRescheduled moved) {
    SignInWindow window = SignInWindow.of(moved.newStart(), moved.newEnd(), settings);
    if (signIns.moveOpenWindow(moved.meetingId(), window)) {
      events.record(moved.meetingId(), SignInService.STAGE, "WINDOW_MOVED", moved.actor(),
          "签到时间随会议改期调整为 " + window.opensAt() + " 至 " + window.closesAt());
    }
  }
}
