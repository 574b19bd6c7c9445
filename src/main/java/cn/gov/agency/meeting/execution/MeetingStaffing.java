package cn.gov.agency.meeting.execution;

import cn.gov.agency.meeting.document.DocumentTemplates;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingPeople;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.validation.Violations;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会务分工与安全检查: the office names who records (R4.3), ushers and serves (R4.2) and staffs the
 * sign-in desk, confirms the venue's safety check and records the emergency plan with who does
 * what (R4.4). The admission list is the participant list itself. The named staff are told their
 * posts' duties and discipline (arrive early, stay at post) from an editable template.
 */
@Service
public class MeetingStaffing {

  static final String STAGE = "execution";
  private static final String SEPARATORS = "[,，、;；\\s]+";
  private static final int MAX_TEXT = 4000;
  private static final int MAX_RESPONSIBILITIES = 2000;
  static final String DUTIES_TEMPLATE = "execution/staff-duties.ftlh";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final MeetingPeople meetings;
  private final MeetingEvents events;
  private final OrganisationDirectory directory;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final DocumentTemplates templates;
  private final Meetings reader;

  public MeetingStaffing(MeetingPeople meetings, Meetings reader, MeetingEvents events, OrganisationDirectory directory,
      JdbcTemplate jdbc, Clock clock, DocumentTemplates templates) {
    this.templates = templates;
    this.meetings = meetings;
    this.reader = reader;
    this.events = events;
    this.directory = directory;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records the staff and the security check; returns the recorder's user id. */
  @Transactional
  public String assign(long meetingId, StaffingInput input, String officeUser) {
    Violations violations = new Violations("会务分工与安全检查");
    List<String> recorder = people(input.recorder(), "recorderName", "记录人员", true, violations);
    if (recorder.size() > 1) {
      violations.add("recorderName", "记录人员", "single", "只能指定一名记录人员");
    }
    List<String> ushers = people(input.ushers(), "ushers", "会议引导人员", true, violations);
    List<String> service = people(input.serviceStaff(), "serviceStaff", "会议服务人员", true, violations);
    List<String> signIn = people(input.signInStaff(), "signInStaff", "签到工作人员", false, violations);
    if (!Boolean.TRUE.equals(input.venueChecked())) {
      violations.add("venueChecked", "会场安全检查", "confirmed", "须完成会场安全检查后勾选确认");
    }
    String plan = text(input.emergencyPlan(), "emergencyPlan", "应急预案（处置程序）", MAX_TEXT, violations);
    String duties = text(input.responsibilities(), "responsibilities", "应急分工（谁负责什么）",
        MAX_RESPONSIBILITIES, violations);
    violations.throwIfAny();

    meetings.nameStaff(meetingId, StaffDuty.RECORDER, recorder);
    meetings.nameStaff(meetingId, StaffDuty.USHER, ushers);
    meetings.nameStaff(meetingId, StaffDuty.SERVICE, service);
    meetings.nameStaff(meetingId, StaffDuty.SIGN_IN, signIn);
    LocalDateTime now = LocalDateTime.now(clock);
    jdbc.update("delete from meeting_security_check where meeting_id = ?", meetingId);
    jdbc.update("""
        insert into meeting_security_check (meeting_id, venue_checked, emergency_plan, responsibilities, checked_by, checked_at)
        values (?, true, ?, ?, ?, ?)""", meetingId, plan, duties, officeUser, Timestamp.valueOf(now));
    events.record(meetingId, STAGE, "STAFF_NAMED", officeUser,
        "记录 " + recorder.size() + " 人，引导 " + ushers.size() + " 人，服务 " + service.size() + " 人，签到 "
            + signIn.size() + " 人");
    events.record(meetingId, STAGE, "SECURITY_CHECKED", officeUser, null);
    jdbc.update("update meeting_security_check set staff_duties = ? where meeting_id = ?",
        dutiesOf(meetingId, Map.of(StaffDuty.RECORDER, recorder, StaffDuty.USHER, ushers, StaffDuty.SERVICE, service,
            StaffDuty.SIGN_IN, signIn)), meetingId);
    events.record(meetingId, STAGE, "STAFF_DUTIES", officeUser, "按会务人员工作纪律模板告知提前到岗、坚守岗位等要求");
    return recorder.get(0);
  }

  /** The staff duties as recorded with the staffing (empty before the office named the staff). */
  public Optional<String> duties(long meetingId) {
    return jdbc.queryForList("select staff_duties from meeting_security_check where meeting_id = ?", String.class,
        meetingId).stream().filter(text -> text != null).findFirst();
  }

  /** The duties and the discipline of each post, from the template an administrator edits. */
  private String dutiesOf(long meetingId, Map<StaffDuty, List<String>> named) {
    MeetingRecord meeting = reader.find(meetingId).orElseThrow();
    List<Map<String, Object>> assignments = new ArrayList<>();
    for (StaffDuty duty : StaffDuty.values()) {
      List<String> people = named.getOrDefault(duty, List.of());
      if (!people.isEmpty()) {
        assignments.add(Map.of("duty", duty.name(), "label", duty.label(), "names", people.stream()
            .map(id -> directory.person(id).map(Person::fullName).orElse(id)).toList()));
      }
    }
    return templates.render(DUTIES_TEMPLATE, Map.of("title", meeting.title(),
        "start", meeting.plannedStart() == null ? "" : TIME.format(meeting.plannedStart()),
        "place", meeting.place() == null ? "" : meeting.place(), "assignments", assignments));
  }

  /** People named by login id or unique full name; messages point at the position, never echo names. */
  private List<String> people(String text, String field, String label, boolean required, Violations violations) {
    Set<String> userIds = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      if (required) {
        violations.add(field, label, "required", "必须填写（姓名或登录名）");
      }
      return List.of();
    }
    int position = 0;
    for (String token : text.strip().split(SEPARATORS)) {
      position++;
      Optional<Person> byId = directory.person(token);
      List<Person> byName = byId.isPresent() ? List.of(byId.get()) : directory.peopleNamed(token);
      if (byName.size() == 1) {
        userIds.add(byName.get(0).userId());
      } else if (byName.isEmpty()) {
        violations.add(field, label, "known-person", "第 " + position + " 位在本单位名册中找不到（请核对姓名或登录名）");
      } else {
        violations.add(field, label, "unambiguous", "第 " + position + " 位有重名，请改填登录名");
      }
    }
    return new ArrayList<>(userIds);
  }

  private static String text(String value, String field, String label, int max, Violations violations) {
    if (value == null || value.isBlank()) {
      violations.add(field, label, "required", "必须填写");
      return null;
    }
    if (value.length() > max) {
      violations.add(field, label, "max-length", "不能超过 " + max + " 个字");
    }
    return value.strip();
  }
}
