package cn.gov.agency.meeting.leave;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.process.EngineParticulars;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a checked leave request and starts 请假申请 for it (business key = meeting id), both or
 * neither. The application starts the process, not the person: attendees get no right to start it
 * through Camunda's REST API, where nothing would check who asks for whom.
 */
@Component
class LeaveProcess {

  private final LeaveService service;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final EngineParticulars particulars;

  LeaveProcess(LeaveService service, RuntimeService runtimeService, IdentityService identityService,
      EngineParticulars particulars) {
    this.service = service;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.particulars = particulars;
  }

  @Transactional
  LeaveRequest submit(long meetingId, String userId, LeaveInput input) {
    LeaveRequest request = service.request(meetingId, userId, input);
    MeetingRecord meeting = service.meeting(meetingId);
    VariableMap variables = Variables.createVariables()
        .putValue(LifecycleVariables.MEETING_ID, meeting.id())
        .putValue(LifecycleVariables.MEETING_TYPE, meeting.meetingType())
        .putValue(LeaveVariables.LEAVE_REQUEST_ID, request.id())
        .putValue(LeaveVariables.REQUESTER_NAME, service.nameOf(userId))
        .putValue(LeaveVariables.SUBSTITUTE_NAME,
            request.substituteUserId() == null ? "（未指定）" : service.nameOf(request.substituteUserId()))
        .putValue(LeaveVariables.HAS_SUBSTITUTE, request.substituteUserId() != null);
    // Title and host department as any reader of the task may see them (R5.2).
    variables.putAll(particulars.of(meeting));
    Authentication person = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      String instanceId = runtimeService.startProcessInstanceByKey(LeaveVariables.PROCESS_KEY,
          MeetingKey.of(meetingId), variables).getProcessInstanceId();
      service.linkProcess(request.id(), instanceId);
    } finally {
      if (person != null) {
        identityService.setAuthentication(person);
      }
    }
    return service.request(request.id());
  }
}
