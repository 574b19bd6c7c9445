package cn.gov.agency.meeting.venue;

import static cn.gov.agency.meeting.venue.VenueVariables.BOOKED_ROOM;
import static cn.gov.agency.meeting.venue.VenueVariables.ROOM_APPROVED;
import static cn.gov.agency.meeting.venue.VenueVariables.ROOM_REFUSAL;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记预订审批: confirms the provisional booking, or releases the room and says why for the next booking. */
@Component("recordRoomApprovalDelegate")
class RecordRoomApprovalDelegate implements JavaDelegate {

  private final VenueForms forms;
  private final VenueService venue;

  RecordRoomApprovalDelegate(VenueForms forms, VenueService venue) {
    this.forms = forms;
    this.venue = venue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    RoomApprovalInput input = ProcessInput.checked(() -> forms.readApproval(execution.getVariables()));
    String actor = Actor.of(execution);
    if (input.approved()) {
      ProcessInput.checked(() -> {
        venue.approveBooking(meetingId, actor);
      });
      execution.setVariable(ROOM_REFUSAL, null);
    } else {
      ProcessInput.checked(() -> venue.refuseBooking(meetingId, input.comment(), actor));
      // The office's reason stays in the meeting's trail (the meeting's page shows it), not in a variable.
      execution.setVariable(ROOM_REFUSAL, execution.getVariable(BOOKED_ROOM) + " 未获批准（理由见会议页面的办理经过）");
    }
    execution.setVariable(ROOM_APPROVED, input.approved());
  }
}
