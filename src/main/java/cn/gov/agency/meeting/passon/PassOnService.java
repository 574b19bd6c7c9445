package cn.gov.agency.meeting.passon;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.minutes.MinutesContent.Resolution;
import cn.gov.agency.meeting.minutes.MinutesService;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.passon.PassOnRepository.Concerned;
import cn.gov.agency.meeting.passon.PassOnRepository.Opened;
import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会议精神传达 (R7.2): every department concerned — the departments of the attendees and those
 * responsible for a resolution — records itself how the meeting was passed on (集中学习 or
 * 内部传达), when, and who took part, and closes its part; then each of its members acknowledges
 * being told (传达到每一位干部职工), and the office sees who has not. The stage cannot end while a
 * department has recorded nothing.
 */
@Service
public class PassOnService {

  static final String STAGE = "passon";

  private final PassOnRepository passOns;
  private final Meetings meetings;
  private final MinutesService minutes;
  private final OrganisationDirectory directory;
  private final MeetingEvents events;
  private final PassOnSettings settings;
  private final Clock clock;

  PassOnService(PassOnRepository passOns, Meetings meetings, MinutesService minutes,
      OrganisationDirectory directory, MeetingEvents events, PassOnSettings settings, Clock clock) {
    this.passOns = passOns;
    this.meetings = meetings;
    this.minutes = minutes;
    this.directory = directory;
    this.events = events;
    this.settings = settings;
    this.clock = clock;
  }

  /** Fixes the departments concerned, as they stand when the stage starts. */
  @Transactional
  public void open(long meetingId, String processInstanceId, String actor) {
    MeetingRecord meeting = meeting(meetingId);
    Set<String> departments = new LinkedHashSet<>();
    meetings.attendees(meetingId).stream().filter(Attendee::expected).filter(a -> !a.isGuest())
        .forEach(a -> directory.person(a.personUserId()).map(Person::departmentCode).ifPresent(departments::add));
    minutes.approved(meetingId).ifPresent(approved -> approved.resolutions().stream().map(Resolution::department)
        .filter(code -> code != null && directory.department(code).isPresent()).forEach(departments::add));
    passOns.open(meetingId, processInstanceId, List.copyOf(departments), LocalDateTime.now(clock));
    events.record(meeting.id(), STAGE, "OPENED", actor, "涉及部门：" + String.join("、",
        passOns.concerned(meetingId).stream().map(Concerned::departmentName).toList()));
  }

  /** The departments concerned, one task each. */
  public List<String> departmentsOf(long meetingId) {
    return passOns.concerned(meetingId).stream().map(Concerned::departmentCode).toList();
  }

  /** Whether the department is one the meeting's passing-on concerns (routing checks a task's department by it). */
  public boolean concerns(long meetingId, String departmentCode) {
    return departmentsOf(meetingId).contains(departmentCode);
  }

  /**
   * The department closes its part: refused while it has recorded nothing; then every member of the
   * department is asked to acknowledge. Closing again changes nothing.
   */
  @Transactional
  public void completeDepartment(long meetingId, String departmentCode, String actor) {
    Concerned concerned = passOns.concerned(meetingId).stream()
        .filter(c -> c.departmentCode().equals(departmentCode)).findFirst()
        .orElseThrow(() -> new IllegalStateException("部门 " + departmentCode + " 不是会议 " + meetingId + " 涉及的部门"));
    boolean recorded = passOns.entries(meetingId).stream().anyMatch(e -> e.departmentCode().equals(departmentCode));
    if (!recorded) {
      throw InvalidInputException.of("记录会议精神传达", new Violation("passingOn", "会议精神传达", "own-department",
          concerned.departmentName() + "尚未登记本部门的传达情况。请在“会议精神传达”页面登记后再办结"));
    }
    LocalDateTime now = LocalDateTime.now(clock);
    if (passOns.markDepartmentCompleted(meetingId, departmentCode, actor, now)) {
      List<String> members = directory.people().stream().filter(p -> departmentCode.equals(p.departmentCode()))
          .map(Person::userId).toList();
      passOns.askToAcknowledge(meetingId, departmentCode, members, now);
      events.record(meetingId, STAGE, "DEPARTMENT_RECORDED", actor,
          concerned.departmentName() + "：传达已完成，请本部门 " + members.size() + " 人确认已知悉");
    }
  }

  /** The person acknowledges that the meeting was passed on to them; refused if not asked or done already. */
  @Transactional
  public void acknowledge(long meetingId, String userId) {
    meeting(meetingId);
    if (!passOns.acknowledge(meetingId, userId, LocalDateTime.now(clock))) {
      throw InvalidInputException.of("确认已知悉会议精神", new Violation("meetingId", "会议", "asked",
          "没有需要您确认的本次会议精神传达，或您已确认"));
    }
    events.record(meetingId, STAGE, "ACKNOWLEDGED", userId, null);
  }

  /** What the person was asked to acknowledge, open ones first. */
  public List<Acknowledgement> acknowledgementsOf(String userId) {
    return passOns.acknowledgementsOf(userId).stream()
        .sorted(java.util.Comparator.comparing(Acknowledgement::acknowledged)).toList();
  }

  /**
   * One department's passing-on: {@code department}, {@code method} (GROUP_STUDY or INTERNAL_RELAY),
   * {@code heldOn} (yyyy-MM-dd, not before the meeting, not in the future), {@code participants}
   * (who took part) and {@code participantCount}. A department may record several sessions.
   */
  @Transactional
  public PassOnEntry record(long meetingId, Map<String, ?> input, String actor) {
    MeetingRecord meeting = meeting(meetingId);
    Opened opened = opened(meetingId);
    Violations violations = new Violations("会议精神传达记录");
    if (opened.completedAt() != null) {
      throw InvalidInputException.of("会议精神传达记录", new Violation("meeting", "会议", "open",
          "该会议的精神传达已办结，不能再登记"));
    }
    List<Concerned> concerned = passOns.concerned(meetingId);
    String department = Fields.optionalText(input, "department");
    Concerned target = concerned.stream().filter(c -> c.departmentCode().equals(department)).findFirst().orElse(null);
    if (target == null) {
      violations.add("department", "传达部门", "concerned", department.isEmpty() ? "必须填写"
          : "不是本次会议涉及的部门，应为：" + String.join("、", concerned.stream().map(Concerned::departmentName).toList()));
    }
    PassOnMethod method = method(Fields.optionalText(input, "method"), violations);
    LocalDate heldOn = Fields.optionalDate(input, "heldOn", "传达日期", violations);
    if (heldOn == null && !violations.has("heldOn")) {
      violations.add("heldOn", "传达日期", "required", "必须填写");
    } else if (heldOn != null && meeting.plannedStart() != null
        && heldOn.isBefore(meeting.plannedStart().toLocalDate())) {
      violations.add("heldOn", "传达日期", "after-meeting", "不能早于会议召开日期 " + meeting.plannedStart().toLocalDate());
    } else if (heldOn != null && heldOn.isAfter(LocalDate.now(clock))) {
      violations.add("heldOn", "传达日期", "not-future", "不能晚于今天：请在传达后登记");
    }
    String participants = Fields.requiredText(input, "participants", "参加人员", settings.maxParticipantsLength(),
        violations);
    Integer count = Fields.integer(input, "participantCount", "参加人数", 1, settings.maxParticipantCount(), true,
        violations);
    violations.throwIfAny();
    passOns.insert(meetingId, target.departmentCode(), method, heldOn, participants, count, actor,
        LocalDateTime.now(clock));
    events.record(meetingId, STAGE, "RECORDED", actor,
        target.departmentName() + "：" + method.label() + "，" + heldOn + "，" + count + " 人");
    return passOns.entries(meetingId).stream().reduce((a, b) -> b.id() > a.id() ? b : a).orElseThrow();
  }

  /** Refused, naming them, while a department concerned has recorded nothing. */
  @Transactional
  public void complete(long meetingId, String actor) {
    PassOnStatus status = status(meetingId);
    if (!status.missing().isEmpty()) {
      throw InvalidInputException.of("记录会议精神传达", new Violation("passingOn", "会议精神传达", "all-departments",
          "尚有 " + status.missing().size() + " 个部门未登记传达情况：" + String.join("、", status.missing())
              + "。请在“会议精神传达”页面登记后再办结"));
    }
    if (passOns.markCompleted(meetingId, actor, LocalDateTime.now(clock))) {
      events.record(meetingId, STAGE, "COMPLETED", actor, "涉及部门 " + status.departments().size() + " 个，均已传达");
    }
  }

  public PassOnStatus status(long meetingId) {
    MeetingRecord meeting = meeting(meetingId);
    Opened opened = opened(meetingId);
    List<PassOnEntry> entries = passOns.entries(meetingId);
    List<Acknowledgement> acknowledgements = passOns.acknowledgements(meetingId);
    return new PassOnStatus(meetingId, meeting.title(), meeting.plannedStart(),
        directory.department(meeting.hostDepartmentCode()).map(Department::name).orElse(meeting.hostDepartmentCode()),
        opened.completedAt(), passOns.concerned(meetingId).stream().map(c -> new DepartmentPassOn(c.departmentCode(),
            c.departmentName(), entries.stream().filter(e -> e.departmentCode().equals(c.departmentCode())).toList(),
            c.completedAt(), acknowledgements.stream().filter(a -> a.departmentCode().equals(c.departmentCode()))
                .toList()))
            .toList());
  }

  public boolean isOpened(long meetingId) {
    return passOns.find(meetingId).isPresent();
  }

  /** The office's overview: every meeting of the year whose passing-on has started, with what is missing. */
  public List<MeetingPassOn> overview(int year) {
    return passOns.meetingsOf(year).stream().map(this::status).map(s -> new MeetingPassOn(s.meetingId(),
        s.meetingTitle(), s.meetingStart(), s.hostDepartmentName(), s.departments().size(), s.missing(),
        s.completedAt(), s.departments().stream().mapToInt(d -> d.acknowledgements().size()).sum(),
        s.notAcknowledged().size())).toList();
  }

  public MeetingRecord meeting(long meetingId) {
    return meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
  }

  private Opened opened(long meetingId) {
    return passOns.find(meetingId)
        .orElseThrow(() -> new NoSuchRecordException("passing-on of meeting " + meetingId));
  }

  private static PassOnMethod method(String value, Violations violations) {
    for (PassOnMethod method : PassOnMethod.values()) {
      if (method.name().equals(value)) {
        return method;
      }
    }
    violations.add("method", "传达方式", "one-of", value.isEmpty() ? "必须选择（集中学习或内部传达）"
        : "只能是 GROUP_STUDY（集中学习）或 INTERNAL_RELAY（内部传达）");
    return null;
  }
}
