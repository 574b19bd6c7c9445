package cn.gov.agency.meeting.venue;

import static cn.gov.agency.meeting.venue.VenueVariables.FREE_ROOMS_PAGE;
import static cn.gov.agency.meeting.venue.VenueVariables.REQUIRED_EQUIPMENT;
import static cn.gov.agency.meeting.venue.VenueVariables.VENUE_SUMMARY;

import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Fills what the booking form shows: the meeting's time and head count, and where to find free rooms. */
@Component("bookVenueFormListener")
class BookVenueFormListener implements TaskListener {

  private final VenueService venue;

  BookVenueFormListener(VenueService venue) {
    this.venue = venue;
  }

  @Override
  public void notify(DelegateTask task) {
    long meetingId = ProcessBinding.meetingId(task.getExecution());
    task.setVariable(VENUE_SUMMARY, venue.bookingSummary(meetingId));
    task.setVariable(FREE_ROOMS_PAGE, "/app/meetings/" + meetingId + "/rooms");
    if (task.getVariable(REQUIRED_EQUIPMENT) == null) {
      // Tasklist submits a checklist with the type of the variable it finds, else as Json, which
      // this engine (no Spin) refuses: an empty text variable makes it send text.
      task.setVariable(REQUIRED_EQUIPMENT, "");
    }
  }
}
