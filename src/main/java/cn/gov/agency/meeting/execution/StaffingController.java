package cn.gov.agency.meeting.execution;

import cn.gov.agency.meeting.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 会务分工及工作纪律: the staffing the office recorded with each post's duties and the staff's
 * discipline, for those {@link StaffingAccess} lets read it.
 */
@Controller
class StaffingController {

  private final MeetingStaffing staffing;
  private final StaffingAccess access;

  StaffingController(MeetingStaffing staffing, StaffingAccess access) {
    this.staffing = staffing;
    this.access = access;
  }

  @GetMapping("/app/meetings/{meetingId}/staffing")
  String page(@PathVariable long meetingId, CurrentUser user, Model model) {
    model.addAttribute("meeting", access.readable(meetingId, user));
    model.addAttribute("duties", staffing.duties(meetingId).orElse(null));
    return "execution/staffing";
  }
}
