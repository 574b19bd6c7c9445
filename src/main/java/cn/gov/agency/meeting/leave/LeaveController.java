package cn.gov.agency.meeting.leave;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 请假 (R5.1): an attendee asks for leave (JSON or the 我的会议 page); the host department, the
 * office and auditors read every request of a meeting, an attendee their own.
 */
@Controller
class LeaveController {

  static final String MY_MEETINGS = "/app/my/meetings";
  private static final List<String> READ_ALL = List.of("office", "auditor", "camunda-admin");

  private final LeaveProcess process;
  private final LeaveService service;
  private final Meetings meetings;
  private final OrganisationDirectory directory;
  private final MeetingAccess access;

  LeaveController(LeaveProcess process, LeaveService service, Meetings meetings,
      OrganisationDirectory directory, MeetingAccess access) {
    this.access = access;
    this.process = process;
    this.service = service;
    this.meetings = meetings;
    this.directory = directory;
  }

  @PostMapping("/api/meetings/{meetingId}/leave-requests")
  @ResponseBody
  ResponseEntity<LeaveRequest> ask(@PathVariable long meetingId, @RequestBody LeaveInput input, CurrentUser user) {
    LeaveRequest request = process.submit(meetingId, user.userId(), input);
    return ResponseEntity.created(URI.create("/api/meetings/" + meetingId + "/leave-requests/" + request.id()))
        .body(request);
  }

  @GetMapping("/api/meetings/{meetingId}/leave-requests")
  @ResponseBody
  List<LeaveRequest> requests(@PathVariable long meetingId, CurrentUser user) {
    MeetingRecord meeting = service.meeting(meetingId);
    // Who is away and why is the participant list of the meeting: closed to an outsider of a
    // confidential one (R5.2), administrators included.
    if (readsAll(user, meeting) && access.mayReadContent(user, meeting)) {
      return service.requestsOf(meetingId);
    }
    if (meetings.attendees(meetingId).stream().noneMatch(a -> user.userId().equals(a.personUserId()))) {
      throw new AuthorizationException("the leave requests of meeting " + meetingId + " are not for " + user.userId());
    }
    return service.requestsOf(meetingId).stream().filter(r -> r.requesterUserId().equals(user.userId())).toList();
  }

  @GetMapping(MY_MEETINGS)
  String page(CurrentUser user, Model model) {
    return render(user, model, null, null);
  }

  @PostMapping(MY_MEETINGS + "/{meetingId}/leave-requests")
  String askFromPage(@PathVariable long meetingId, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String substituteUserId, CurrentUser user, Model model) {
    try {
      process.submit(meetingId, user.userId(), new LeaveInput(reason, substituteUserId));
    } catch (InvalidInputException e) {
      return render(user, model, meetingId, e);
    }
    return "redirect:" + MY_MEETINGS;
  }

  private String render(CurrentUser user, Model model, Long failedMeetingId, InvalidInputException error) {
    model.addAttribute("items", service.upcomingMeetingsOf(user.userId()));
    model.addAttribute("people", directory.people().stream().filter(p -> !p.userId().equals(user.userId())).toList());
    model.addAttribute("names", directory.people().stream().collect(Collectors.toMap(Person::userId, Person::fullName)));
    model.addAttribute("departmentNames", directory.departments().stream()
        .collect(Collectors.toMap(Department::code, Department::name)));
    model.addAttribute("failedMeetingId", failedMeetingId);
    model.addAttribute("violations", error == null ? List.of() : error.violations());
    return "leave/my-meetings";
  }

  /** The host department (staff, head, leader in charge), the office, auditors and administrators. */
  private static boolean readsAll(CurrentUser user, MeetingRecord meeting) {
    String host = meeting.hostDepartmentCode();
    return READ_ALL.stream().anyMatch(user::isIn)
        || user.isIn(RoleCatalogue.departmentGroupId("staff", host))
        || user.isIn(RoleCatalogue.departmentGroupId("head", host))
        || user.isIn(RoleCatalogue.departmentGroupId("leader", host));
  }
}
