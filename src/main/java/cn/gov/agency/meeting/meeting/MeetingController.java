package cn.gov.agency.meeting.meeting;

import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import cn.gov.agency.meeting.web.YearParameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
  private final MeetingYearList yearList;
  private final MeetingListSettings listSettings;

  MeetingController(MeetingRepository meetings, OrganisationDirectory directory, MeetingEvents events,
      TrailLabels trailLabels, MeetingAccess access, Clock clock, MeetingStages stages, PeopleNames peopleNames,
      MeetingYearList yearList, MeetingListSettings listSettings) {
    this.yearList = yearList;
    this.listSettings = listSettings;
    this.access = access;
    this.peopleNames = peopleNames;
    this.stages = stages;
    this.meetings = meetings;
    this.events = events;
    this.trailLabels = trailLabels;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * A page of the year's meetings ({@code page} from 1, {@code size} up to the configured maximum);
   * {@code X-Total-Count} and a {@code Link} to the next and previous pages tell what else there is.
   */
  @GetMapping("/api/meetings")
  @ResponseBody
  ResponseEntity<List<MeetingView>> list(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) String department, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size, CurrentUser user) {
    int resolvedYear = YearParameter.resolve(year, clock, "会议列表");
    MeetingPage result = meetingsOf(resolvedYear, department, page, size, user);
    List<String> links = new ArrayList<>();
    String base = "/api/meetings?year=" + resolvedYear
        + (department == null ? "" : "&department=" + URLEncoder.encode(department, StandardCharsets.UTF_8))
        + "&size=" + result.size() + "&page=";
    if (result.page() < result.pages()) {
      links.add("<" + base + (result.page() + 1) + ">; rel=\"next\"");
    }
    if (result.page() > 1) {
      links.add("<" + base + (result.page() - 1) + ">; rel=\"prev\"");
    }
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", String.valueOf(result.total()));
    if (!links.isEmpty()) {
      answer.header(HttpHeaders.LINK, String.join(", ", links));
    }
    return answer.body(result.meetings());
  }

  @GetMapping("/app/meetings")
  String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String department,
      @RequestParam(required = false) Integer page, CurrentUser user, Model model) {
    int resolvedYear = YearParameter.resolve(year, clock, "会议列表");
    MeetingPage result = meetingsOf(resolvedYear, department, page, null, user);
    model.addAttribute("year", resolvedYear);
    model.addAttribute("department", department == null ? "" : department);
    model.addAttribute("meetings", result.meetings());
    model.addAttribute("paging", result);
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

  /** A department filter chooses by a field an outsider may not see: the 占用 rows drop out of it. */
  private MeetingPage meetingsOf(int year, String department, Integer page, Integer size, CurrentUser user) {
    int pageSize = size == null ? listSettings.pageSize() : size;
    if (pageSize < 1 || pageSize > listSettings.maxPageSize()) {
      throw InvalidInputException.of("会议列表", new Violation("size", "每页条数", "range",
          "必须在 1 到 " + listSettings.maxPageSize() + " 之间"));
    }
    if (page != null && page < 1) {
      throw InvalidInputException.of("会议列表", new Violation("page", "页码", "range", "必须从 1 开始"));
    }
    return yearList.page(year, department == null || department.isBlank() ? null : department, user,
        page == null ? 1 : page, pageSize);
  }
}
