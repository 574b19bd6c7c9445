package cn.gov.agency.meeting.reminder;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.process.EngineParticulars;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts and ends 会前提醒 (business key = meeting id). The application does this, not the
 * person whose action caused it: whoever cancels a meeting needs no rights on the
 * reminder process, and nobody gets rights to correlate its messages through Camunda's REST API.
 */
@Component
class ReminderProcess {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final ReminderPlanner planner;
  private final EngineParticulars particulars;

  ReminderProcess(RuntimeService runtimeService, IdentityService identityService,
      ReminderPlanner planner, EngineParticulars particulars) {
    this.particulars = particulars;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.planner = planner;
  }

  /** Type and title from the meeting record: the type decides the reminder times. */
  void start(long meetingId) {
    asSystem(() -> {
      if (!running(meetingId)) {
        MeetingRecord meeting = planner.meeting(meetingId);
        runtimeService.startProcessInstanceByKey(ReminderVariables.PROCESS_KEY, MeetingKey.of(meetingId),
            Variables.createVariables().putValue(LifecycleVariables.MEETING_ID, meetingId)
                .putValue(LifecycleVariables.MEETING_TYPE, meeting.meetingType())
                .putValue(LifecycleVariables.MEETING_TITLE, particulars.title(meeting)));
      }
      return null;
    });
  }

  void cancelled(long meetingId) {
    asSystem(() -> {
      if (running(meetingId)) {
        correlate(ReminderVariables.CANCELLED_MESSAGE, meetingId);
      }
      return null;
    });
  }

  private boolean running(long meetingId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ReminderVariables.PROCESS_KEY)
        .processInstanceBusinessKey(MeetingKey.of(meetingId)).count() > 0;
  }

  private void correlate(String message, long meetingId) {
    runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(MeetingKey.of(meetingId))
        .correlateAll();
  }

  private <T> T asSystem(Supplier<T> work) {
    Authentication person = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (person != null) {
        identityService.setAuthentication(person);
      }
    }
  }
}
