package cn.gov.agency.meeting.adhoc;

import cn.gov.agency.meeting.clash.ApplicationClashes;
import cn.gov.agency.meeting.clash.ParticipantClash;
import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRepository;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The applicant's view of their applications (R3.2): status and every decision with its comment. */
@Controller
class AdhocApplicationController {

  private final AdhocApplicationService service;
  private final OrganisationDirectory directory;
  private final ApplicationClashes clashes;

  private final MeetingRepository meetings;
  private final MeetingAccess access;

  AdhocApplicationController(AdhocApplicationService service, OrganisationDirectory directory,
      ApplicationClashes clashes, MeetingRepository meetings, MeetingAccess access) {
    this.meetings = meetings;
    this.access = access;
    this.service = service;
    this.directory = directory;
    this.clashes = clashes;
  }

  @GetMapping("/api/adhoc-applications")
  @ResponseBody
  List<AdhocApplication> mine(CurrentUser user) {
    return service.applicationsOf(user.userId());
  }

  @GetMapping("/api/adhoc-applications/{id}")
  @ResponseBody
  AdhocApplication one(@PathVariable long id, CurrentUser user) {
    AdhocApplication application = service.find(id);
    if (!maySee(user, application)) {
      throw new NoSuchRecordException("adhoc application " + id);
    }
    return application;
  }

  /** 参会人员冲突 of an application still being decided; empty once decided. */
  @GetMapping("/api/adhoc-applications/{id}/clashes")
  @ResponseBody
  List<ParticipantClash> clashes(@PathVariable long id, CurrentUser user) {
    return clashes.of(one(id, user), user.userId());
  }

  @GetMapping("/app/adhoc-applications")
  String page(CurrentUser user, Model model) {
    List<AdhocApplication> applications = service.applicationsOf(user.userId());
    model.addAttribute("applications", applications);
    model.addAttribute("clashes", applications.stream().collect(Collectors.toMap(
        a -> String.valueOf(a.id()), a -> clashes.of(a, user.userId()))));
    model.addAttribute("user", directory.person(user.userId()).orElse(null));
    model.addAttribute("departmentNames", directory.departments().stream()
        .collect(Collectors.toMap(Department::code, Department::name)));
    return "adhoc/my-applications";
  }

  /**
   * The applicant, the department's leaders in charge, the office, auditors and administrators — once
   * filed as a confidential meeting, not an outsider of it (R5.2): the application holds its content.
   */
  private boolean maySee(CurrentUser user, AdhocApplication application) {
    if (application.meetingId() != null && meetings.find(application.meetingId())
        .filter(meeting -> access.isOutsider(user, meeting)).isPresent()) {
      return false;
    }
    return user.userId().equals(application.applicantUserId())
        || user.isIn(RoleCatalogue.departmentGroupId("leader", application.hostDepartmentCode()))
        || user.isIn(RoleCatalogue.departmentGroupId("head", application.hostDepartmentCode()))
        || user.isIn("office") || user.isIn("auditor") || user.isIn("camunda-admin");
  }
}
