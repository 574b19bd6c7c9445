package cn.gov.agency.meeting.lifecycle;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 安排会议: the host department (or the office) fixes a planned meeting's times and participants. */
@Controller
class MeetingScheduleController {

  private final PlannedMeetingScheduling scheduling;
  private final Meetings meetings;

  MeetingScheduleController(PlannedMeetingScheduling scheduling, Meetings meetings) {
    this.scheduling = scheduling;
    this.meetings = meetings;
  }

  @PostMapping("/api/meetings/{id}/schedule")
  @ResponseBody
  MeetingRecord schedule(@PathVariable long id, @RequestBody ScheduleInput input, CurrentUser user) {
    checkMaySchedule(id, user);
    return scheduling.schedule(id, input, user.userId());
  }

  @PostMapping("/app/meetings/{id}/schedule")
  String schedulePage(@PathVariable long id, ScheduleInput input, CurrentUser user, RedirectAttributes redirect) {
    checkMaySchedule(id, user);
    try {
      scheduling.schedule(id, input, user.userId());
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("violations", e.violations());
      redirect.addFlashAttribute("scheduleForm", input);
    }
    return "redirect:/app/meetings/" + id;
  }

  private void checkMaySchedule(long id, CurrentUser user) {
    HostDepartmentAccess.check(meetings, id, user, "schedule");
  }
}
