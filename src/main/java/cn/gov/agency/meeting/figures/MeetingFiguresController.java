package cn.gov.agency.meeting.figures;

import cn.gov.agency.meeting.web.YearParameter;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** R1.2: per department and year, meetings planned, held and ad hoc, participants, hours, cost. */
@Controller
class MeetingFiguresController {

  private final MeetingFiguresRepository figures;
  private final Clock clock;

  MeetingFiguresController(MeetingFiguresRepository figures, Clock clock) {
    this.figures = figures;
    this.clock = clock;
  }

  @GetMapping("/api/figures/meetings")
  @ResponseBody
  MeetingFigures json(@RequestParam(required = false) Integer year) {
    return of(year);
  }

  @GetMapping("/app/figures")
  String page(@RequestParam(required = false) Integer year, Model model) {
    model.addAttribute("figures", of(year));
    return "figures/meetings";
  }

  private MeetingFigures of(Integer requestedYear) {
    int year = YearParameter.resolve(requestedYear, clock, "会议统计");
    return MeetingFigures.of(year, figures.byDepartment(year));
  }
}
