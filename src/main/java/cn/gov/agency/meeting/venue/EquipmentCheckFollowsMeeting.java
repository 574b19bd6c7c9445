package cn.gov.agency.meeting.venue;

import cn.gov.agency.meeting.meeting.MeetingRescheduled;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A moved meeting's 会前设备检查 opens at its new time: the waiting timer is computed again from its
 * expression, which reads the meeting's new start (its open task's due date moves with the others
 * due at the old start). In the moving transaction and as the application: the person moving the
 * meeting holds no rights on the stage.
 */
@Component
class EquipmentCheckFollowsMeeting {

  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final IdentityService identityService;

  EquipmentCheckFollowsMeeting(RuntimeService runtimeService, ManagementService managementService,
      IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.identityService = identityService;
  }

  @EventListener
  void meetingMoved(MeetingRescheduled moved) {
    Authentication person = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      for (ProcessInstance stage : runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(VenueVariables.EQUIPMENT_CHECK_PROCESS_KEY)
          .processInstanceBusinessKey(String.valueOf(moved.meetingId())).list()) {
        for (Job timer : managementService.createJobQuery().processInstanceId(stage.getId()).timers().list()) {
          managementService.recalculateJobDuedate(timer.getId(), false);
        }
      }
    } finally {
      if (person != null) {
        identityService.setAuthentication(person);
      }
    }
  }
}
