package cn.gov.agency.meeting.execution;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRepository;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 会务分工及工作纪律: the staffing the office recorded with each post's duties and the staff's
 * discipline, for the office, auditors, the host department and the named staff themselves.
 */
@Controller
class StaffingController {

  private static final List<String> READ_ALL = List.of("office", "auditor");

  private final MeetingStaffing staffing;
  private final MeetingRepository meetings;
  private final MeetingAccess access;

  StaffingController(MeetingStaffing staffing, MeetingRepository meetings, MeetingAccess access) {
    this.staffing = staffing;
    this.meetings = meetings;
    this.access = access;
  }

  @GetMapping("/app/meetings/{meetingId}/staffing")
  String page(@PathVariable long meetingId, CurrentUser user, Model model) {
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
    if (!mayRead(user, meeting)) {
      throw new AuthorizationException("the staffing of meeting " + meetingId + " is not for " + user.userId());
    }
    model.addAttribute("meeting", meeting);
    model.addAttribute("duties", staffing.duties(meetingId).orElse(null));
    return "execution/staffing";
  }

  private boolean mayRead(CurrentUser user, MeetingRecord meeting) {
    String host = meeting.hostDepartmentCode();
    boolean role = READ_ALL.stream().anyMatch(user::isIn)
        || List.of("staff", "head", "leader").stream().anyMatch(r -> user.isIn(RoleCatalogue.departmentGroupId(r, host)))
        || Arrays.stream(StaffDuty.values()).anyMatch(d -> meetings.staff(meeting.id(), d).contains(user.userId()));
    return role && access.mayReadContent(user, meeting);
  }
}
