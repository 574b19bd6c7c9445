package cn.gov.agency.meeting.figures;

import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.YearParameter;
import java.time.Clock;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** R1.2: per department and year, meetings planned, held and ad hoc, participants, hours, cost (as the reader may see them). */
@Controller
class MeetingFiguresController {

  private final MeetingFiguresService figures;
  private final MeetingLimits limits;
  private final Clock clock;

  MeetingFiguresController(MeetingFiguresService figures, MeetingLimits limits, Clock clock) {
    this.figures = figures;
    this.limits = limits;
    this.clock = clock;
  }

  @GetMapping("/api/figures/meetings")
  @ResponseBody
  MeetingFigures json(@RequestParam(required = false) Integer year, CurrentUser user) {
    return of(year, user);
  }

  @GetMapping("/app/figures")
  String page(@RequestParam(required = false) Integer year, CurrentUser user, Model model) {
    MeetingFigures shown = of(year, user);
    model.addAttribute("figures", shown);
    // R1.2: each department's limits of the year next to its figures, so the office sees who is beyond them.
    model.addAttribute("limits", shown.departments().stream().collect(Collectors.toMap(
        DepartmentFigures::departmentCode, d -> limits.limitOf(d.departmentCode(), shown.year()))));
    return "figures/meetings";
  }

  private MeetingFigures of(Integer requestedYear, CurrentUser user) {
    return figures.of(YearParameter.resolve(requestedYear, clock, "会议统计"), user);
  }
}
