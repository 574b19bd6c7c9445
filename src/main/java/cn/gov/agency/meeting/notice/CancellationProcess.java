package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.meeting.MeetingCancelled;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts 会议取消通知 in the transaction that cancels the meeting: the cancellation and the jobs that
 * will tell everyone commit together or not at all, and no mail server or gateway is touched before
 * the commit — a channel that is down fails its job later, never the cancellation. Started by the
 * application, not the person cancelling, who needs no rights on this process.
 */
@Component
class CancellationProcess {

  private final CancellationNotices notices;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  CancellationProcess(CancellationNotices notices, RuntimeService runtimeService, IdentityService identityService) {
    this.notices = notices;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @EventListener
  void on(MeetingCancelled cancelled) {
    Optional<Cancellation> recorded = notices.record(cancelled);
    if (recorded.isEmpty()) {
      return;
    }
    Cancellation cancellation = recorded.get();
    Authentication person = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      runtimeService.startProcessInstanceByKey(CancellationVariables.PROCESS_KEY,
          MeetingKey.of(cancellation.meetingId()), Variables.createVariables()
              .putValue(LifecycleVariables.MEETING_ID, cancellation.meetingId())
              .putValue(CancellationVariables.BY_EMAIL, cancellation.byEmail())
              .putValue(CancellationVariables.BY_SMS, cancellation.bySms()));
    } finally {
      if (person != null) {
        identityService.setAuthentication(person);
      }
    }
  }
}
