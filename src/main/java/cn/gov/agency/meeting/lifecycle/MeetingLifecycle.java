package cn.gov.agency.meeting.lifecycle;

import static cn.gov.agency.meeting.process.LifecycleVariables.MEETING_ID;
import static cn.gov.agency.meeting.process.LifecycleVariables.MEETING_TYPE;

import cn.gov.agency.meeting.engine.ApplicationAuthority;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.process.EngineParticulars;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts 会议全流程 for an approved meeting; its business key names the meeting ({@link MeetingKey}). */
@Component
public class MeetingLifecycle {

  public static final String PROCESS_KEY = "meetingLifecycle";

  private final RuntimeService runtimeService;
  private final ApplicationAuthority authority;
  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final EngineParticulars particulars;

  MeetingLifecycle(RuntimeService runtimeService, ApplicationAuthority authority, Meetings meetings, MeetingSchedule schedule,
      EngineParticulars particulars) {
    this.runtimeService = runtimeService;
    this.authority = authority;
    this.meetings = meetings;
    this.schedule = schedule;
    this.particulars = particulars;
  }

  public String start(long meetingId) {
    MeetingRecord meeting = meetings.find(meetingId)
        .orElseThrow(() -> new IllegalStateException("meeting " + meetingId + " does not exist"));
    if (meeting.lifecycleProcessInstanceId() != null) {
      throw new IllegalStateException("meeting " + meetingId + " already has its lifecycle");
    }
    VariableMap variables = Variables.createVariables()
        .putValue(MEETING_ID, meeting.id())
        .putValue(MEETING_TYPE, meeting.meetingType());
    // Title and host department as readers of a task may see them (R5.2).
    variables.putAll(particulars.of(meeting));
    // Nobody holds rights to start a lifecycle: its callers (the office's filing, scheduling a planned
    // meeting, a series) have checked who may cause it; the person stays recorded as initiator.
    ProcessInstance instance = authority.call(
        () -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, MeetingKey.of(meetingId), variables));
    schedule.linkLifecycle(meetingId, instance.getProcessInstanceId());
    return instance.getProcessInstanceId();
  }
}
