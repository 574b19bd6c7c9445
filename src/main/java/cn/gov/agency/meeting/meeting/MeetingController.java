package cn.gov.agency.meeting.meeting;

import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import cn.gov.agency.meeting.web.YearParameter;
import java.time.Clock;
import java.util.List;
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

  MeetingController(MeetingRepository meetings, OrganisationDirectory directory, MeetingEvents events,
      TrailLabels trailLabels, MeetingAccess access, Clock clock) {
    this.access = access;
    this.meetings = meetings;
    this.events = events;
    this.trailLabels = trailLabels;
    this.directory = directory;
    this.clock = clock;
  }

  @GetMapping("/api/meetings")
  @ResponseBody
  List<MeetingRecord> list(@RequestParam(required = false) Integer year,
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

  @GetMapping("/api/meetings/{id}")
  @ResponseBody
  MeetingDetail detail(@PathVariable long id, CurrentUser user) {
    MeetingRecord meeting = meetings.find(id).orElseThrow(() -> new NoSuchRecordException("会议 " + id));
    if (!access.mayReadContent(user, meeting)) {
      return new MeetingDetail(meeting.withoutContent(), List.of(), List.of());
    }
    return new MeetingDetail(meeting, meetings.participants(id), events.of(id));
  }

  @GetMapping("/app/meetings/{id}")
  String detailPage(@PathVariable long id, CurrentUser user, Model model) {
    MeetingDetail detail = detail(id, user);
    model.addAttribute("detail", detail);
    // The seat chart lists who attends: linked only for those its page lets in (R5.2).
    model.addAttribute("seatChartOpen", detail.meeting().status() != MeetingStatus.PLANNED
        && access.mayReadContent(user, detail.meeting()));
    model.addAttribute("labels", trailLabels);
    model.addAttribute("departmentName", directory.department(detail.meeting().hostDepartmentCode())
        .map(Department::name).orElse(detail.meeting().hostDepartmentCode()));
    model.addAttribute("peopleNames", directory.people().stream()
        .collect(Collectors.toMap(Person::userId, Person::fullName)));
    return "meeting/detail";
  }

  private List<MeetingRecord> meetingsOf(Integer year, String department, CurrentUser user) {
    return meetings.findByYear(YearParameter.resolve(year, clock, "会议列表")).stream()
        .filter(m -> department == null || department.equals(m.hostDepartmentCode()))
        .map(m -> access.mayReadContent(user, m) ? m : m.withoutContent())
        .toList();
  }

}
