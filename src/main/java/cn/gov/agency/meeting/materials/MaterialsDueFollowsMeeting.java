package cn.gov.agency.meeting.materials;

import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MATERIALS_DEADLINE;
import static cn.gov.agency.meeting.materials.MaterialsVariables.MATERIALS_DUE;

import cn.gov.agency.meeting.lifecycle.MeetingProcesses;
import cn.gov.agency.meeting.meeting.MeetingRescheduled;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The materials tasks show their deadline as text (材料报送期限). A move has already given the stage
 * its new deadline (and moved its timers); the text follows it.
 */
@Component
class MaterialsDueFollowsMeeting {

  private final MeetingProcesses processes;
  private final RuntimeService runtimeService;
  private final MaterialsService service;

  MaterialsDueFollowsMeeting(MeetingProcesses processes, RuntimeService runtimeService, MaterialsService service) {
    this.processes = processes;
    this.runtimeService = runtimeService;
    this.service = service;
  }

  @EventListener
  void meetingMoved(MeetingRescheduled moved) {
    processes.asSystem(() -> {
      for (ProcessInstance instance : processes.running(moved.meetingId())) {
        if (!processes.heldBy(instance.getId(), List.of(MATERIALS_DUE)).isEmpty()
            && runtimeService.getVariable(instance.getId(), MATERIALS_DEADLINE) instanceof Date deadline) {
          runtimeService.setVariable(instance.getId(), MATERIALS_DUE, service.dueText(deadline.toInstant()));
        }
      }
      return null;
    });
  }
}
