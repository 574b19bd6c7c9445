package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.meeting.MeetingRescheduled;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts 会议改期通知 in the transaction that moves the meeting, like {@link CancellationProcess}: the
 * move and the jobs that will tell everyone commit together or not at all, and a channel that is
 * down fails its job later, never the move. Started by the application, not the person moving the
 * meeting, who needs no rights on this process.
 */
@Component
class MoveNoticeProcess {

  private final MoveNotices notices;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  MoveNoticeProcess(MoveNotices notices, RuntimeService runtimeService, IdentityService identityService) {
    this.notices = notices;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @EventListener
  void on(MeetingRescheduled moved) {
    notices.record(moved).ifPresent(move -> {
      Authentication person = identityService.getCurrentAuthentication();
      identityService.clearAuthentication();
      try {
        runtimeService.startProcessInstanceByKey(MoveVariables.PROCESS_KEY, MeetingKey.of(move.meetingId()),
            Variables.createVariables()
                .putValue(LifecycleVariables.MEETING_ID, move.meetingId())
                .putValue(MoveVariables.MOVE_ID, move.id())
                .putValue(MoveVariables.BY_SMS, move.bySms()));
      } finally {
        if (person != null) {
          identityService.setAuthentication(person);
        }
      }
    });
  }
}
