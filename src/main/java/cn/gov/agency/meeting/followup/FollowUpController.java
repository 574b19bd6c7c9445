package cn.gov.agency.meeting.followup;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.YearParameter;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Resolutions under follow-up (R7.1, R7.3) as JSON and pages, read-only: the department reports and
 * the office checks in their tasks. The appraisal lists the year's resolutions per responsible department.
 */
@Controller
class FollowUpController {

  private final FollowUpService service;
  private final FollowUpQueries queries;
  private final FollowUpAccess access;
  private final Clock clock;

  FollowUpController(FollowUpService service, FollowUpQueries queries, FollowUpAccess access, Clock clock) {
    this.service = service;
    this.queries = queries;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping("/api/meetings/{meetingId}/resolutions")
  @ResponseBody
  List<FollowUpView> ofMeeting(@PathVariable long meetingId, CurrentUser user) {
    MeetingRecord meeting = queries.meeting(meetingId);
    return service.ofMeeting(meetingId).stream().filter(f -> access.mayRead(user, meeting, f))
        .map(f -> queries.view(meeting, f, user)).toList();
  }

  @GetMapping("/api/meetings/{meetingId}/resolutions/{resolutionId}")
  @ResponseBody
  FollowUpView resolution(@PathVariable long meetingId, @PathVariable long resolutionId, CurrentUser user) {
    return readable(meetingId, resolutionId, user);
  }

  @GetMapping("/app/meetings/{meetingId}/resolutions/{resolutionId}")
  String page(@PathVariable long meetingId, @PathVariable long resolutionId, CurrentUser user, Model model) {
    model.addAttribute("view", readable(meetingId, resolutionId, user));
    return "followup/resolution";
  }

  @GetMapping("/api/appraisal/resolutions")
  @ResponseBody
  ResolutionAppraisal appraisal(@RequestParam(required = false) Integer year, CurrentUser user) {
    return appraisalOf(year, user);
  }

  @GetMapping("/app/appraisal")
  String appraisalPage(@RequestParam(required = false) Integer year, CurrentUser user, Model model) {
    model.addAttribute("appraisal", appraisalOf(year, user));
    return "followup/appraisal";
  }

  private ResolutionAppraisal appraisalOf(Integer year, CurrentUser user) {
    return queries.appraisal(YearParameter.resolve(year, clock, "决议执行情况考核"), user,
        (meeting, followUp) -> access.mayAppraise(user, meeting, followUp));
  }

  private FollowUpView readable(long meetingId, long resolutionId, CurrentUser user) {
    MeetingRecord meeting = queries.meeting(meetingId);
    FollowUp followUp = service.ofResolution(meetingId, resolutionId);
    if (!access.mayRead(user, meeting, followUp)) {
      throw new AuthorizationException("not entitled to resolution " + resolutionId + " of meeting " + meetingId);
    }
    return queries.view(meeting, followUp, user);
  }
}
