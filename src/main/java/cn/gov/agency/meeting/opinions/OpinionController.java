package cn.gov.agency.meeting.opinions;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.opinions.OpinionQueries.OpinionView;
import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A symposium's opinions and how each was handled and answered (R2): for whoever may read the
 * meeting's content, and for the answering departments their own opinions. The work itself is done in
 * the tasks of 意见建议办理.
 */
@Controller
class OpinionController {

  private final OpinionQueries queries;
  private final MeetingAccess access;

  OpinionController(OpinionQueries queries, MeetingAccess access) {
    this.queries = queries;
    this.access = access;
  }

  @GetMapping("/api/meetings/{meetingId}/opinions")
  @ResponseBody
  List<OpinionView> opinions(@PathVariable long meetingId, CurrentUser user) {
    return readable(meetingId, user);
  }

  @GetMapping("/app/meetings/{meetingId}/opinions")
  String page(@PathVariable long meetingId, CurrentUser user, Model model) {
    MeetingRecord meeting = meeting(meetingId);
    model.addAttribute("meetingId", meetingId);
    model.addAttribute("meetingTitle", access.titleFor(user, meeting));
    model.addAttribute("opinions", readable(meetingId, user));
    return "opinions/opinions";
  }

  private List<OpinionView> readable(long meetingId, CurrentUser user) {
    MeetingRecord meeting = meeting(meetingId);
    boolean whole = access.isEntitled(user, meeting) && access.mayReadContent(user, meeting)
        || user.isIn("camunda-admin");
    List<OpinionView> views = queries.ofMeeting(meetingId).stream()
        .filter(v -> whole || answering(user, v.opinion())).toList();
    if (!whole && views.isEmpty()) {
      throw new AuthorizationException("not entitled to the opinions of meeting " + meetingId);
    }
    return views;
  }

  private static boolean answering(CurrentUser user, SymposiumOpinion opinion) {
    return user.isIn(RoleCatalogue.departmentGroupId("staff", opinion.departmentCode()))
        || user.isIn(RoleCatalogue.departmentGroupId("head", opinion.departmentCode()))
        || user.isIn(RoleCatalogue.departmentGroupId("leader", opinion.departmentCode()));
  }

  private MeetingRecord meeting(long meetingId) {
    return queries.meeting(meetingId);
  }
}
