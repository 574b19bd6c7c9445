package cn.gov.agency.meeting.hospitality;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 分配房间: checks the office's accommodation form, allocates the rooms and records the room list. */
@Component("allocateRoomsDelegate")
class AllocateRoomsDelegate implements JavaDelegate {

  private final AccommodationService service;

  AllocateRoomsDelegate(AccommodationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    AccommodationArrangement arranged = ProcessInput.checked(
        () -> service.arrange(meetingId, execution.getVariables(), Actor.of(execution)));
    execution.setVariable(HospitalityVariables.ACCOMMODATION_ARRANGEMENT_ID, arranged.id());
  }
}
