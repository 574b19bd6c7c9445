package cn.gov.agency.meeting.venue;

import static cn.gov.agency.meeting.venue.VenueVariables.BOOKED_ROOM;
import static cn.gov.agency.meeting.venue.VenueVariables.REQUIRED_EQUIPMENT_NAMES;
import static cn.gov.agency.meeting.venue.VenueVariables.WORKING_EQUIPMENT;

import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Fills what the equipment check form shows from the booking as it stands when the check opens:
 * the room may have been booked again, or its equipment changed, since the venue stage ended.
 */
@Component("equipmentCheckFormListener")
class EquipmentCheckFormListener implements TaskListener {

  private final VenueService venue;

  EquipmentCheckFormListener(VenueService venue) {
    this.venue = venue;
  }

  @Override
  public void notify(DelegateTask task) {
    long meetingId = ProcessBinding.meetingId(task.getExecution());
    task.setVariable(BOOKED_ROOM, venue.bookingOf(meetingId).map(b -> b.roomCode() + " " + b.roomName())
        .orElse("（未预订会议室）"));
    task.setVariable(REQUIRED_EQUIPMENT_NAMES, venue.equipmentNames(venue.arrangement(meetingId).requiredEquipment()));
    // Tasklist submits a checklist with the type of the variable it finds, else as Json, which
    // this engine (no Spin) refuses: an empty text variable makes it send text.
    task.setVariable(WORKING_EQUIPMENT, "");
  }
}
