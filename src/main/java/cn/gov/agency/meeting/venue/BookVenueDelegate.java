package cn.gov.agency.meeting.venue;

import static cn.gov.agency.meeting.venue.VenueVariables.BOOKED_ROOM;
import static cn.gov.agency.meeting.venue.VenueVariables.ROOM_APPROVAL_REQUIRED;
import static cn.gov.agency.meeting.venue.VenueVariables.ROOM_BOOKING_ID;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 预订会议室: checks the booking form and books the room; a refusal keeps 预订会议场地 open. A room
 * needing approval is booked provisionally and the process routes to the office's approval.
 */
@Component("bookVenueDelegate")
class BookVenueDelegate implements JavaDelegate {

  private final VenueForms forms;
  private final VenueService venue;

  BookVenueDelegate(VenueForms forms, VenueService venue) {
    this.forms = forms;
    this.venue = venue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    BookingInput input = ProcessInput.checked(() -> forms.readBooking(execution.getVariables()));
    RoomBooking booking = ProcessInput.checked(() -> RoomTakenInput.refusingConflicts(
        () -> venue.book(meetingId, input, Actor.of(execution))));
    execution.setVariable(ROOM_BOOKING_ID, booking.id());
    execution.setVariable(BOOKED_ROOM, booking.roomCode() + " " + booking.roomName());
    execution.setVariable(ROOM_APPROVAL_REQUIRED, booking.provisional());
  }
}
