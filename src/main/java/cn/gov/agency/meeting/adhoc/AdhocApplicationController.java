package cn.gov.agency.meeting.adhoc;

import cn.gov.agency.meeting.clash.ParticipantClash;
import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.ParticipantResolver;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.meetingtype.MeetingTypeCatalogue;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The applicant's view of their applications (R3.2): status and every decision with its comment; one
 * application's page, where the leader reads what was applied for (the forms of Tasklist link here and
 * carry none of it) and the applicant revises a returned application.
 */
@Controller
class AdhocApplicationController {

  private static final String PROPOSED_SUBJECT = "参会人员冲突查询";
  /** As long as the form's participants field may be (AdhocApplicationForm). */
  private static final int PROPOSED_PARTICIPANTS_LENGTH = 4000;

  private final AdhocApplicationService service;
  private final AdhocApplicationForm form;
  private final OrganisationDirectory directory;
  private final ApplicationClashes clashes;
  private final Meetings meetings;
  private final MeetingAccess meetingAccess;
  private final MeetingTypeCatalogue meetingTypes;
  private final ParticipantResolver participantResolver;

  AdhocApplicationController(AdhocApplicationService service, AdhocApplicationForm form,
      OrganisationDirectory directory, ApplicationClashes clashes, Meetings meetings,
      MeetingAccess meetingAccess, MeetingTypeCatalogue meetingTypes, ParticipantResolver participantResolver) {
    this.participantResolver = participantResolver;
    this.meetingTypes = meetingTypes;
    this.service = service;
    this.form = form;
    this.directory = directory;
    this.clashes = clashes;
    this.meetings = meetings;
    this.meetingAccess = meetingAccess;
  }

  @GetMapping("/api/adhoc-applications")
  @ResponseBody
  List<AdhocApplication> mine(CurrentUser user) {
    return service.applicationsOf(user.userId());
  }

  @GetMapping("/api/adhoc-applications/{id}")
  @ResponseBody
  AdhocApplication one(@PathVariable long id, CurrentUser user) {
    return visible(id, user);
  }

  /** 参会人员冲突 of an application still being decided; empty once decided. */
  @GetMapping("/api/adhoc-applications/{id}/clashes")
  @ResponseBody
  List<ParticipantClash> clashes(@PathVariable long id, CurrentUser user) {
    return clashes.of(one(id, user), user.userId());
  }

  /**
   * 参会人员冲突 of an application being filled in, asked by the start form in Tasklist while the time
   * can still change (meeting-webapps.js): the participants as typed (names or login names), each
   * clash as one line; entries the roster does not know are pointed at as the submission would.
   */
  @GetMapping("/api/adhoc-applications/proposed-clashes")
  @ResponseBody
  ProposedClashes proposedClashes(@RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime start,
      @RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime end,
      @RequestParam(defaultValue = "") String participants, CurrentUser user) {
    if (participants.length() > PROPOSED_PARTICIPANTS_LENGTH) {
      Violations refused = new Violations(PROPOSED_SUBJECT);
      refused.add("participants", "参会人员", "max-length", "不能超过 " + PROPOSED_PARTICIPANTS_LENGTH + " 个字");
      refused.throwIfAny();
    }
    Violations unknown = new Violations(PROPOSED_SUBJECT);
    List<String> people = participantResolver.resolvePeople(participants, unknown).stream()
        .map(Participant::personUserId).toList();
    List<String> lines = clashes.proposed(start, end, people, user.userId()).stream()
        .map(clash -> clash.describe(ApplicationClashes.MEETINGS_PER_PERSON)).toList();
    return new ProposedClashes(lines, unknown.messages());
  }

  /** {@code clashes}: one line per person; {@code unresolved}: entries not found in the roster. */
  record ProposedClashes(List<String> clashes, List<String> unresolved) {}

  @GetMapping("/app/adhoc-applications")
  String page(CurrentUser user, Model model) {
    List<AdhocApplication> applications = service.applicationsOf(user.userId());
    model.addAttribute("applications", applications);
    model.addAttribute("clashes", applications.stream().collect(Collectors.toMap(
        a -> String.valueOf(a.id()), a -> clashes.of(a, user.userId()))));
    model.addAttribute("user", directory.person(user.userId()).orElse(null));
    model.addAttribute("departmentNames", departmentNames());
    return "adhoc/my-applications";
  }

  @GetMapping("/app/adhoc-applications/{applicationId}")
  String application(@PathVariable long applicationId, CurrentUser user, Model model) {
    AdhocApplication application = visible(applicationId, user);
    return render(application, user, model, AdhocApplicationValues.of(application), null);
  }

  /** 修改申请: the applicant's revision of a returned application, checked like the application form. */
  @PostMapping("/app/adhoc-applications/{applicationId}")
  String revise(@PathVariable long applicationId, @RequestParam MultiValueMap<String, String> posted,
      CurrentUser user, Model model) {
    AdhocApplication application = visible(applicationId, user);
    Map<String, String> values = AdhocApplicationValues.posted(posted.toSingleValueMap());
    try {
      service.checkRevisable(application, user.userId());
      service.revise(applicationId, form.read(new HashMap<>(values)), user.userId());
    } catch (InvalidInputException e) {
      return render(application, user, model, values, e);
    }
    return "redirect:/app/adhoc-applications/" + applicationId;
  }

  private String render(AdhocApplication application, CurrentUser user, Model model, Map<String, String> values,
      InvalidInputException error) {
    model.addAttribute("application", application);
    model.addAttribute("clashes", clashes.of(application, user.userId()));
    // Until it is filed, the application is not yet among the department's meetings it is checked against.
    model.addAttribute("limitWarning", application.meetingId() == null ? service.limitCheck(application).summary() : "");
    model.addAttribute("names", directory.people().stream().collect(Collectors.toMap(Person::userId,
        Person::fullName)));
    model.addAttribute("departmentNames", departmentNames());
    model.addAttribute("meetingTypes", meetingTypes.all());
    model.addAttribute("applicantName", directory.person(application.applicantUserId()).map(Person::fullName)
        .orElse(application.applicantUserId()));
    model.addAttribute("revisable", service.mayRevise(application, user.userId()));
    model.addAttribute("form", values);
    model.addAttribute("violations", error == null ? List.of() : error.violations());
    return "adhoc/application";
  }

  /**
   * The applicant, the host department (staff, head, leader in charge), the office, auditors and
   * administrators; once filed, a confidential meeting's application only to those entitled to it.
   */
  private AdhocApplication visible(long id, CurrentUser user) {
    AdhocApplication application = service.find(id);
    if (!maySee(user, application) || application.meetingId() != null && meetings.find(application.meetingId())
        .filter(meeting -> !meetingAccess.mayReadContent(user, meeting)).isPresent()) {
      throw new NoSuchRecordException("adhoc application " + id);
    }
    return application;
  }

  private static boolean maySee(CurrentUser user, AdhocApplication application) {
    String host = application.hostDepartmentCode();
    return user.userId().equals(application.applicantUserId())
        || user.isIn(RoleCatalogue.departmentGroupId("staff", host))
        || user.isIn(RoleCatalogue.departmentGroupId("head", host))
        || user.isIn(RoleCatalogue.departmentGroupId("leader", host))
        || user.isIn("office") || user.isIn("auditor") || user.isIn("camunda-admin");
  }

  private Map<String, String> departmentNames() {
    return directory.departments().stream().collect(Collectors.toMap(Department::code, Department::name));
  }
}
