package cn.gov.agency.meeting.agenda;

import cn.gov.agency.meeting.calendar.WorkingCalendarService;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meetingtype.MeetingTypeCatalogue;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda of a meeting whose type collects topics (R2 工作部署会): every department is asked
 * for topics by a deadline; only when each has answered or let its deadline pass does the office
 * draft the agenda, which the leader in charge fixes or returns. The fixed agenda is the notice's.
 */
@Service
public class AgendaService {

  static final String STAGE = "agenda";
  static final String SUBJECT = "会议议程";
  static final String APPROVE = "approve";
  static final String RETURN = "return";
  private static final int MAX_COMMENT = 2000;

  private final AgendaRepository agendas;
  private final Meetings meetings;
  private final MeetingEvents events;
  private final OrganisationDirectory directory;
  private final MeetingTypeCatalogue types;
  private final WorkingCalendarService calendar;
  private final AgendaSettings settings;
  private final Clock clock;

  AgendaService(AgendaRepository agendas, Meetings meetings, MeetingEvents events,
      OrganisationDirectory directory, MeetingTypeCatalogue types, WorkingCalendarService calendar,
      AgendaSettings settings, Clock clock) {
    this.agendas = agendas;
    this.meetings = meetings;
    this.events = events;
    this.directory = directory;
    this.types = types;
    this.calendar = calendar;
    this.settings = settings;
    this.clock = clock;
  }

  /** Whether a meeting's topics are collected before its agenda is fixed: its type says so (meeting-types.yaml). */
  public boolean collectsTopics(long meetingId) {
    return types.collectsTopics(meeting(meetingId).meetingType());
  }

  /**
   * Opens the collection: every department of the agency is asked, until the end of the configured
   * working day. Opening twice for one meeting is refused (one agenda per meeting).
   */
  @Transactional
  public Agenda open(long meetingId, String processInstanceId, String actor) {
    MeetingRecord meeting = meeting(meetingId);
    if (agendas.ofMeeting(meetingId).isPresent()) {
      throw new IllegalStateException("The agenda of meeting " + meetingId + " is already being collected");
    }
    LocalDate lastDay = calendar.workingDaysAfter(LocalDate.now(clock), settings.proposalWorkingDays()).date();
    LocalDateTime deadline = lastDay.atTime(LocalTime.parse(settings.proposalClosesAt()));
    List<String> departments = directory.departments().stream().map(Department::code).toList();
    agendas.insert(meeting.id(), processInstanceId, deadline, departments, now());
    events.record(meetingId, STAGE, "topics-requested", actor, "征集议题，截止 " + deadline.toLocalDate() + " "
        + settings.proposalClosesAt());
    return agenda(meetingId);
  }

  /** A department's topics, one per line; none at all is an answer too (本部门无议题). */
  @Transactional
  public List<String> propose(long meetingId, String department, Object topicsValue, String actor) {
    Violations violations = new Violations("提报议题");
    List<String> topics = lines(topicsValue, AgendaVariables.PROPOSED_TOPICS, "议题",
        settings.maxTopicsPerDepartment(), violations);
    violations.throwIfAny();
    AgendaRepository.Row agenda = lockedIn(meetingId, AgendaStatus.COLLECTING);
    if (!agendas.answer(agenda.id(), department, topics.isEmpty() ? "NONE" : "PROPOSED", topics, actor, now())) {
      throw new IllegalStateException("Department " + department + " was not asked or has already answered");
    }
    events.record(meetingId, STAGE, topics.isEmpty() ? "no-topics" : "topics-proposed", actor,
        departmentName(department) + (topics.isEmpty() ? "：无议题" : "：" + String.join("；", topics)));
    return topics;
  }

  /** The department's deadline passed without an answer: recorded, and the collection goes on without it. */
  @Transactional
  public void recordLate(long meetingId, String department) {
    AgendaRepository.Row agenda = lockedIn(meetingId, AgendaStatus.COLLECTING);
    if (agendas.answer(agenda.id(), department, "LATE", List.of(), null, now())) {
      events.record(meetingId, STAGE, "topics-late", "system", departmentName(department) + "：逾期未提报议题");
    }
  }

  /**
   * The office's agenda, one item per line. Only after the collection: refused while a department
   * may still answer, so the agenda is never fixed before the departments were heard.
   */
  @Transactional
  public List<String> draft(long meetingId, Object itemsValue, String actor) {
    Violations violations = new Violations(SUBJECT);
    List<String> items = lines(itemsValue, AgendaVariables.AGENDA_ITEMS, "议程", settings.maxAgendaItems(),
        violations);
    if (items.isEmpty() && !violations.has(AgendaVariables.AGENDA_ITEMS)) {
      violations.add(AgendaVariables.AGENDA_ITEMS, "议程", "required", "必须填写，每行一项");
    }
    violations.throwIfAny();
    AgendaRepository.Row agenda = agendas.ofMeeting(meetingId)
        .orElseThrow(() -> new IllegalStateException("No agenda is being collected for meeting " + meetingId));
    AgendaStatus status = agendas.lockStatus(agenda.id()).orElseThrow();
    if (status != AgendaStatus.COLLECTING && status != AgendaStatus.RETURNED) {
      throw new IllegalStateException("The agenda of meeting " + meetingId + " is " + status + ": cannot draft it");
    }
    List<String> waiting = agendas.departments(agenda.id()).stream().filter(d -> d.status().equals("ASKED"))
        .map(d -> departmentName(d.departmentCode())).toList();
    if (!waiting.isEmpty()) {
      throw new IllegalStateException("Departments still proposing topics: " + waiting);
    }
    agendas.saveDraft(agenda.id(), items, actor, now());
    events.record(meetingId, STAGE, "drafted", actor, String.join("；", items));
    return items;
  }

  /** The leader in charge fixes the agenda or returns it with the reason; returns whether it is fixed. */
  @Transactional
  public boolean review(long meetingId, Object decisionValue, Object commentValue, String actor) {
    Violations violations = new Violations("审定议程");
    String decision = decisionValue == null ? null : decisionValue.toString().trim();
    if (!APPROVE.equals(decision) && !RETURN.equals(decision)) {
      violations.add(AgendaVariables.DECISION, "审定结果", "one-of", "请选择同意或退回修改");
    }
    String comment = commentValue == null ? "" : commentValue.toString().trim();
    if (comment.isEmpty()) {
      violations.add(AgendaVariables.COMMENT, "审定意见", "required", "必须填写审定意见");
    } else if (comment.length() > MAX_COMMENT) {
      violations.add(AgendaVariables.COMMENT, "审定意见", "max-length", "不能超过 " + MAX_COMMENT + " 个字");
    }
    violations.throwIfAny();
    AgendaRepository.Row agenda = lockedIn(meetingId, AgendaStatus.DRAFTED);
    boolean approved = APPROVE.equals(decision);
    agendas.insertReview(agenda.id(), approved ? "APPROVE" : "RETURN", comment, actor, now());
    if (approved) {
      agendas.fix(agenda.id(), actor, now());
    } else {
      agendas.returnToOffice(agenda.id());
    }
    events.record(meetingId, STAGE, approved ? "fixed" : "returned", actor, comment);
    return approved;
  }

  /** The fixed agenda's items; empty before the leader in charge fixed it (or for a type without). */
  public Optional<List<String>> fixedItems(long meetingId) {
    return agendas.ofMeeting(meetingId).filter(a -> a.status() == AgendaStatus.FIXED).map(AgendaRepository.Row::items);
  }

  public Optional<Agenda> find(long meetingId) {
    return agendas.ofMeeting(meetingId).map(this::agenda);
  }

  public Agenda agenda(long meetingId) {
    return find(meetingId).orElseThrow(() -> new NoSuchRecordException("agenda of meeting " + meetingId));
  }

  public MeetingRecord meeting(long meetingId) {
    return meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
  }

  public String departmentName(String code) {
    return directory.department(code).map(Department::name).orElse(code);
  }

  private Agenda agenda(AgendaRepository.Row row) {
    List<Agenda.DepartmentAnswer> departments = agendas.departments(row.id()).stream()
        .map(d -> new Agenda.DepartmentAnswer(d.departmentCode(), departmentName(d.departmentCode()), d.status(),
            statusLabel(d.status()), agendas.topics(row.id(), d.departmentCode()), d.answeredBy(), d.answeredAt()))
        .toList();
    List<Agenda.Review> reviews = agendas.reviews(row.id()).stream()
        .map(r -> new Agenda.Review(r.decision(), r.decision().equals("APPROVE") ? "同意" : "退回修改", r.comment(),
            r.reviewedBy(), r.reviewedAt()))
        .toList();
    return new Agenda(row.id(), row.meetingId(), row.status(), row.topicDeadline(), row.items(), row.draftedBy(),
        row.fixedBy(), row.fixedAt(), departments, reviews);
  }

  private static String statusLabel(String status) {
    return switch (status) {
      case "PROPOSED" -> "已提报";
      case "NONE" -> "无议题";
      case "LATE" -> "逾期未提报";
      default -> "待提报";
    };
  }

  private AgendaRepository.Row lockedIn(long meetingId, AgendaStatus expected) {
    AgendaRepository.Row agenda = agendas.ofMeeting(meetingId)
        .orElseThrow(() -> new IllegalStateException("No agenda is being collected for meeting " + meetingId));
    AgendaStatus status = agendas.lockStatus(agenda.id()).orElseThrow();
    if (status != expected) {
      throw new IllegalStateException("The agenda of meeting " + meetingId + " is " + status + ", not " + expected);
    }
    return agenda;
  }

  /** Text, one entry per line: blank lines dropped, each line and the number of lines limited. */
  private List<String> lines(Object value, String field, String label, int maxLines, Violations violations) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof String text)) {
      violations.add(field, label, "type", "必须是文本");
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String trimmed = line.trim();
      if (trimmed.length() > settings.maxLineLength()) {
        violations.add(field, label, "max-length", "每行不能超过 " + settings.maxLineLength() + " 个字");
        return List.of();
      }
      if (!trimmed.isEmpty()) {
        lines.add(trimmed);
      }
    }
    if (lines.size() > maxLines) {
      violations.add(field, label, "max-rows", "最多 " + maxLines + " 行（每行一项）");
      return List.of();
    }
    return lines;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
