package cn.gov.agency.meeting.leave;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 请假申请 of one meeting as a page: who asks, why, whom they name and what was decided. The 审批请假
 * form links here and carries none of it. The host department (staff, head, leader in charge), the
 * office, auditors and administrators read every request, an attendee their own; a confidential
 * meeting's only those entitled to it.
 */
@Controller
class LeaveRequestsPage {

  private static final List<String> READ_ALL = List.of("office", "auditor", "camunda-admin");

  private final LeaveService service;
  private final Meetings meetings;
  private final MeetingAccess access;
  private final OrganisationDirectory directory;

  LeaveRequestsPage(LeaveService service, Meetings meetings, MeetingAccess access,
      OrganisationDirectory directory) {
    this.service = service;
    this.meetings = meetings;
    this.access = access;
    this.directory = directory;
  }

  @GetMapping("/app/meetings/{meetingId}/leave-requests")
  String page(@PathVariable long meetingId, CurrentUser user, Model model) {
    MeetingRecord meeting = service.meeting(meetingId);
    if (!access.mayReadContent(user, meeting)) {
      throw new AuthorizationException("the leave requests of meeting " + meetingId + " are not for " + user.userId());
    }
    List<LeaveRequest> requests;
    if (readsAll(user, meeting)) {
      requests = service.requestsOf(meetingId);
    } else if (meetings.attendees(meetingId).stream().anyMatch(a -> user.userId().equals(a.personUserId()))) {
      requests = service.requestsOf(meetingId).stream().filter(r -> r.requesterUserId().equals(user.userId())).toList();
    } else {
      throw new AuthorizationException("the leave requests of meeting " + meetingId + " are not for " + user.userId());
    }
    model.addAttribute("meeting", meeting);
    model.addAttribute("requests", requests);
    model.addAttribute("names", directory.people().stream().collect(Collectors.toMap(Person::userId, Person::fullName)));
    return "leave/requests";
  }

  private static boolean readsAll(CurrentUser user, MeetingRecord meeting) {
    String host = meeting.hostDepartmentCode();
    return READ_ALL.stream().anyMatch(user::isIn)
        || user.isIn(RoleCatalogue.departmentGroupId("staff", host))
        || user.isIn(RoleCatalogue.departmentGroupId("head", host))
        || user.isIn(RoleCatalogue.departmentGroupId("leader", host));
  }
}
