package cn.gov.agency.meeting.hospitality;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** A meeting's catering (R3.6) and its room list (R3.7): printable pages and JSON. */
@Controller
class HospitalityController {

  private final CateringService catering;
  private final AccommodationService accommodation;
  private final Meetings meetings;
  private final HospitalityAccess access;
  private final PersonsInCharge persons;

  HospitalityController(CateringService catering, AccommodationService accommodation, Meetings meetings,
      HospitalityAccess access, PersonsInCharge persons) {
    this.persons = persons;
    this.catering = catering;
    this.accommodation = accommodation;
    this.meetings = meetings;
    this.access = access;
  }

  @GetMapping("/api/meetings/{id}/catering")
  @ResponseBody
  CateringArrangement cateringOf(@PathVariable long id, CurrentUser user) {
    readable(id, user);
    return catering.arrangementOf(id).orElseThrow(() -> new NoSuchRecordException("catering of meeting " + id));
  }

  @GetMapping("/app/meetings/{id}/catering")
  String cateringPage(@PathVariable long id, CurrentUser user, Model model) {
    model.addAttribute("meeting", readable(id, user));
    catering.arrangementOf(id).ifPresent(arranged -> {
      model.addAttribute("catering", arranged);
      model.addAttribute("personInCharge", persons.describe(arranged.responsibleUserId()));
    });
    return "hospitality/catering";
  }

  @GetMapping("/api/meetings/{id}/accommodation")
  @ResponseBody
  AccommodationArrangement accommodationOf(@PathVariable long id, CurrentUser user) {
    readable(id, user);
    return accommodation.arrangementOf(id)
        .orElseThrow(() -> new NoSuchRecordException("accommodation of meeting " + id));
  }

  @GetMapping("/app/meetings/{id}/accommodation")
  String roomList(@PathVariable long id, CurrentUser user, Model model) {
    model.addAttribute("meeting", readable(id, user));
    accommodation.arrangementOf(id).ifPresent(arranged -> {
      model.addAttribute("accommodation", arranged);
      model.addAttribute("personInCharge", persons.describe(arranged.responsibleUserId()));
    });
    return "hospitality/accommodation";
  }

  private MeetingRecord readable(long id, CurrentUser user) {
    MeetingRecord meeting = meetings.find(id).orElseThrow(() -> new NoSuchRecordException("meeting " + id));
    if (!access.maySee(user, meeting)) {
      throw new AuthorizationException("the hospitality of meeting " + id + " is not for " + user.userId());
    }
    return meeting;
  }
}
