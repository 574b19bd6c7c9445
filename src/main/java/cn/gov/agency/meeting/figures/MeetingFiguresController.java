package cn.gov.agency.meeting.figures;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;

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
    int year = requestedYear == null ? LocalDate.now(clock).getYear() : requestedYear;
    if (year < 2000 || year > 2100) {
      throw InvalidInputException.of("会议统计", new Violation("year", "年度", "range", "必须在 2000 到 2100 之间"));
    }
    return MeetingFigures.of(year, figures.byDepartment(year));
  }
}
