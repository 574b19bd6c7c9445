package cn.gov.agency.meeting.seating;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 座次表: the office generates, rearranges and finalises it; whoever may read the meeting's content
 * (R5.2) may read it, since it lists who attends.
 */
@Controller
class SeatingController {

  /** Who sits on the rostrum (user ids); empty or absent: the leaders among the participants. */
  record GenerateRequest(List<String> rostrum) {}

  record SwapRequest(Long first, Long second) {}

  private final SeatingService seating;
  private final MeetingAccess access;

  SeatingController(SeatingService seating, MeetingAccess access) {
    this.seating = seating;
    this.access = access;
  }

  @GetMapping("/api/meetings/{meetingId}/seating")
  @ResponseBody
  SeatChart chartJson(@PathVariable long meetingId, CurrentUser user) {
    readable(meetingId, user);
    return seating.chart(meetingId).orElseThrow(() -> new NoSuchRecordException("座次表 " + meetingId));
  }

  @PostMapping("/api/meetings/{meetingId}/seating")
  @ResponseBody
  SeatChart generateJson(@PathVariable long meetingId, @RequestBody(required = false) GenerateRequest request,
      CurrentUser user) {
    requireOffice(user);
    return seating.generate(meetingId, request == null ? null : request.rostrum(), user.userId());
  }

  @PostMapping("/api/meetings/{meetingId}/seating/swap")
  @ResponseBody
  SeatChart swapJson(@PathVariable long meetingId, @RequestBody SwapRequest request, CurrentUser user) {
    requireOffice(user);
    return seating.swap(meetingId, request.first(), request.second(), user.userId());
  }

  @PostMapping("/api/meetings/{meetingId}/seating/finalise")
  @ResponseBody
  SeatChart finaliseJson(@PathVariable long meetingId, CurrentUser user) {
    requireOffice(user);
    return seating.finalise(meetingId, user.userId());
  }

  @GetMapping("/app/meetings/{meetingId}/seating")
  String page(@PathVariable long meetingId, CurrentUser user, Model model) {
    return render(readable(meetingId, user), user, model, null);
  }

  @GetMapping("/app/meetings/{meetingId}/seating/print")
  String print(@PathVariable long meetingId, CurrentUser user, Model model) {
    MeetingRecord meeting = readable(meetingId, user);
    SeatChart chart = seating.chart(meetingId).orElseThrow(() -> new NoSuchRecordException("座次表 " + meetingId));
    model.addAllAttributes(SeatingDocuments.printModel(meeting, chart));
    return "seating/print";
  }

  @PostMapping("/app/meetings/{meetingId}/seating")
  String generateFromPage(@PathVariable long meetingId, @RequestParam(required = false) List<String> rostrum,
      CurrentUser user, Model model) {
    requireOffice(user);
    return act(meetingId, user, model, () -> seating.generate(meetingId, rostrum, user.userId()));
  }

  @PostMapping("/app/meetings/{meetingId}/seating/swap")
  String swapFromPage(@PathVariable long meetingId, @RequestParam(required = false) Long first,
      @RequestParam(required = false) Long second, CurrentUser user, Model model) {
    requireOffice(user);
    return act(meetingId, user, model, () -> seating.swap(meetingId, first, second, user.userId()));
  }

  @PostMapping("/app/meetings/{meetingId}/seating/finalise")
  String finaliseFromPage(@PathVariable long meetingId, CurrentUser user, Model model) {
    requireOffice(user);
    return act(meetingId, user, model, () -> seating.finalise(meetingId, user.userId()));
  }

  private String act(long meetingId, CurrentUser user, Model model, Supplier<SeatChart> action) {
    try {
      action.get();
    } catch (InvalidInputException e) {
      return render(seating.meeting(meetingId), user, model, e);
    }
    return "redirect:/app/meetings/" + meetingId + "/seating";
  }

  private String render(MeetingRecord meeting, CurrentUser user, Model model, InvalidInputException error) {
    boolean office = user.isIn("office");
    model.addAttribute("meeting", meeting);
    model.addAttribute("chart", seating.chart(meeting.id()).orElse(null));
    model.addAttribute("office", office);
    model.addAttribute("people", office ? seating.seatablePeople(meeting.id()) : List.of());
    model.addAttribute("defaultRostrum", office ? seating.defaultRostrum(meeting.id()) : List.of());
    model.addAttribute("violations", error == null ? List.of() : error.violations());
    return "seating/chart";
  }

  private MeetingRecord readable(long meetingId, CurrentUser user) {
    MeetingRecord meeting = seating.meeting(meetingId);
    if (!access.mayReadContent(user, meeting)) {
      throw new AuthorizationException("the seat chart of meeting " + meetingId + " is not for " + user.userId());
    }
    return meeting;
  }

  private static void requireOffice(CurrentUser user) {
    if (!user.isIn("office")) {
      throw new AuthorizationException("only the office arranges seats");
    }
  }
}
