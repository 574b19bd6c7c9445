package cn.gov.agency.meeting.series;

import cn.gov.agency.meeting.lifecycle.HostDepartmentAccess;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 周期会议 for its host department and the office: the occurrences with their status and room
 * (occurrences whose room was taken listed apart), and cancelling one or "this and later".
 */
@Controller
class SeriesController {

  private final MeetingSeriesService service;

  SeriesController(MeetingSeriesService service) {
    this.service = service;
  }

  @GetMapping("/api/series/{id}")
  @ResponseBody
  SeriesView series(@PathVariable long id, CurrentUser user) {
    return view(id, user);
  }

  @GetMapping("/api/meetings/{meetingId}/series")
  @ResponseBody
  SeriesView seriesOfMeeting(@PathVariable long meetingId, CurrentUser user) {
    return view(service.seriesOf(meetingId)
        .orElseThrow(() -> new NoSuchRecordException("会议 " + meetingId + " 不属于周期会议")), user);
  }

  @PostMapping("/api/series/{id}/cancel")
  @ResponseBody
  List<Long> cancel(@PathVariable long id, @RequestBody SeriesCancelInput input, CurrentUser user) {
    view(id, user);
    return service.cancel(id, input, user.userId());
  }

  @GetMapping("/app/series/{id}")
  String page(@PathVariable long id, CurrentUser user, Model model) {
    model.addAttribute("view", view(id, user));
    return "series/detail";
  }

  @PostMapping("/app/series/{id}/cancel")
  String cancelPage(@PathVariable long id, SeriesCancelInput input, CurrentUser user, RedirectAttributes redirect) {
    view(id, user);
    try {
      redirect.addFlashAttribute("cancelledCount", service.cancel(id, input, user.userId()).size());
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("violations", e.violations());
    }
    return "redirect:/app/series/" + id;
  }

  private SeriesView view(long id, CurrentUser user) {
    SeriesView view = service.view(id);
    HostDepartmentAccess.check(view.series().hostDepartmentCode(), user, "see series " + id);
    return view;
  }
}
