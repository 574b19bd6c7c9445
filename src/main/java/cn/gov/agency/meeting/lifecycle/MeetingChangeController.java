package cn.gov.agency.meeting.lifecycle;

import cn.gov.agency.meeting.clash.ParticipantClash;
import cn.gov.agency.meeting.clash.ParticipantClashes;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 取消会议 and 会议改期 of one meeting, by its host department or the office. */
@Controller
class MeetingChangeController {

  private final MeetingCancellation cancellation;
  private final MeetingRescheduling rescheduling;
  private final Meetings meetings;
  private final ParticipantClashes clashes;

  /** The moved meeting, and who of its participants already takes part in another meeting then. */
  record Rescheduled(MeetingRecord meeting, List<ParticipantClash> participantClashes) {}

  MeetingChangeController(MeetingCancellation cancellation, MeetingRescheduling rescheduling,
      Meetings meetings, ParticipantClashes clashes) {
    this.cancellation = cancellation;
    this.rescheduling = rescheduling;
    this.meetings = meetings;
    this.clashes = clashes;
  }

  @PostMapping("/api/meetings/{id}/cancel")
  @ResponseBody
  MeetingRecord cancel(@PathVariable long id, @RequestBody CancelInput input, CurrentUser user) {
    HostDepartmentAccess.check(meetings, id, user, "cancel");
    return cancellation.cancel(id, input, user.userId());
  }

  @PostMapping("/api/meetings/{id}/reschedule")
  @ResponseBody
  Rescheduled reschedule(@PathVariable long id, @RequestBody RescheduleInput input, CurrentUser user) {
    HostDepartmentAccess.check(meetings, id, user, "reschedule");
    MeetingRecord moved = rescheduling.reschedule(id, input, user.userId());
    List<String> people = meetings.participants(id).stream().map(Participant::personUserId)
        .filter(Objects::nonNull).toList();
    return new Rescheduled(moved, clashes.clashes(moved.plannedStart(), moved.plannedEnd(), people, id,
        user.userId()));
  }

  @PostMapping("/app/meetings/{id}/cancel")
  String cancelPage(@PathVariable long id, CancelInput input, CurrentUser user, RedirectAttributes redirect) {
    HostDepartmentAccess.check(meetings, id, user, "cancel");
    return fromPage(id, redirect, () -> cancellation.cancel(id, input, user.userId()));
  }

  @PostMapping("/app/meetings/{id}/reschedule")
  String reschedulePage(@PathVariable long id, RescheduleInput input, CurrentUser user, RedirectAttributes redirect) {
    HostDepartmentAccess.check(meetings, id, user, "reschedule");
    return fromPage(id, redirect, () -> rescheduling.reschedule(id, input, user.userId()));
  }

  @ExceptionHandler(MeetingChangeRefused.class)
  @ResponseBody
  ProblemDetail refused(MeetingChangeRefused e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("不能变更会议");
    return problem;
  }

  private static String fromPage(long id, RedirectAttributes redirect, Supplier<MeetingRecord> change) {
    try {
      change.get();
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("violations", e.violations());
    } catch (MeetingChangeRefused e) {
      redirect.addFlashAttribute("changeRefused", e.getMessage());
    }
    return "redirect:/app/meetings/" + id;
  }
}
