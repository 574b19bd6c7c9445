package cn.gov.agency.meeting.meeting;

import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import cn.gov.agency.meeting.web.YearParameter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The meetings of a year: planned ones from the annual plan and filed ad-hoc ones. */
@Controller
class MeetingController {

  private final MeetingRepository meetings;
  private final OrganisationDirectory directory;
  private final MeetingEvents events;
  private final TrailLabels trailLabels;
  private final MeetingAccess access;
  private final Clock clock;
  private final MeetingStages stages;
  private final PeopleNames peopleNames;

  MeetingController(MeetingRepository meetings, OrganisationDirectory directory, MeetingEvents events,
      TrailLabels trailLabels, MeetingAccess access, Clock clock, MeetingStages stages, PeopleNames peopleNames) {
    this.access = access;
    this.peopleNames = peopleNames;
    this.stages = stages;
    this.meetings = meetings;
    this.events = events;
    this.trailLabels = trailLabels;
    this.directory = directory;
    this.clock = clock;
  }

  @GetMapping("/api/meetings")
  @ResponseBody
  List<MeetingView> list(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) String department, CurrentUser user) {
    return meetingsOf(year, department, user);
  }

  @GetMapping("/app/meetings")
  String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String department,
      CurrentUser user, Model model) {
    model.addAttribute("year", YearParameter.resolve(year, clock, "会议列表"));
    model.addAttribute("meetings", meetingsOf(year, department, user));
    model.addAttribute("departmentNames", directory.departments().stream()
        .collect(Collectors.toMap(Department::code, Department::name)));
    return "meeting/list";
  }

  /** An outsider of a confidential meeting gets its 占用 slot: the same as the calendar shows (R5.2). */
  @GetMapping("/api/meetings/{id}")
  @ResponseBody
  MeetingDetail detail(@PathVariable long id, CurrentUser user) {
    MeetingRecord meeting = meetings.find(id).orElseThrow(() -> new NoSuchRecordException("会议 " + id));
    MeetingView view = access.view(user, meeting);
    return new MeetingDetail(view, view.busy() ? null : meetings.participants(id),
        access.mayReadTrail(user, meeting) ? events.of(id) : null);
  }

  @GetMapping("/app/meetings/{id}")
  String detailPage(@PathVariable long id, CurrentUser user, Model model) {
    MeetingDetail detail = detail(id, user);
    model.addAttribute("detail", detail);
    if (detail.meeting().busy()) {
      return "meeting/busy";
    }
    MeetingRecord meeting = meetings.find(id).orElseThrow();
    // The seat chart lists who attends: linked only for those its page lets in (R5.2).
    model.addAttribute("seatChartOpen", meeting.status() != MeetingStatus.PLANNED
        && access.mayReadContent(user, meeting));
    // who holds each stage and by when: as much as the trail tells, so for the same people (R5.2)
    if (meeting.status() != MeetingStatus.PLANNED && access.mayReadTrail(user, meeting)) {
      model.addAttribute("stages", stages.of(meeting, LocalDateTime.now(clock)));
    }
    model.addAttribute("labels", trailLabels);
    model.addAttribute("departmentName", directory.department(meeting.hostDepartmentCode())
        .map(Department::name).orElse(meeting.hostDepartmentCode()));
    model.addAttribute("names", peopleNames.lookup());
    model.addAttribute("peopleNames", directory.people().stream()
        .collect(Collectors.toMap(Person::userId, Person::fullName)));
    return "meeting/detail";
  }

  /**
   * The year's meetings by time. A department filter chooses by a field an outsider may not see, so
   * the 占用 rows (which have no department) drop out of it by themselves.
   */
  private List<MeetingView> meetingsOf(Integer year, String department, CurrentUser user) {
    return meetings.findByYear(YearParameter.resolve(year, clock, "会议列表")).stream()
        .map(m -> access.listedByTime(user, m))
        .flatMap(Optional::stream)
        .filter(m -> department == null || department.equals(m.hostDepartmentCode()))
        .toList();
  }

}
