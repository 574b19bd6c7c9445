package cn.gov.agency.meeting.lifecycle;

import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MEETING_END;
import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MEETING_START;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** What cancelling and moving a meeting tell its running 会议全流程 (business key = meeting id). */
@Component
class LifecycleMessages {

  static final String MEETING_CANCELLED = "meetingCancelled";

  private final RuntimeService runtimeService;
  private final Clock clock;

  LifecycleMessages(RuntimeService runtimeService, Clock clock) {
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** Ends the lifecycle through its 会议取消 event subprocess; a meeting without one has nothing to end. */
  void cancel(long meetingId) {
    ProcessInstance instance = running(meetingId);
    if (instance != null) {
      runtimeService.createMessageCorrelation(MEETING_CANCELLED)
          .processInstanceBusinessKey(String.valueOf(meetingId))
          .processInstanceId(instance.getId())
          .correlateExclusively();
    }
  }

  /** The stages read the meeting's times from the lifecycle's variables: they follow a move. */
  void moved(long meetingId, LocalDateTime start, LocalDateTime end) {
    ProcessInstance instance = running(meetingId);
    if (instance != null) {
      runtimeService.setVariables(instance.getId(), Map.of(MEETING_START, date(start), MEETING_END, date(end)));
    }
  }

  private ProcessInstance running(long meetingId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(MeetingLifecycle.PROCESS_KEY)
        .processInstanceBusinessKey(String.valueOf(meetingId)).singleResult();
  }

  private Date date(LocalDateTime time) {
    return Date.from(time.atZone(clock.getZone()).toInstant());
  }
}
