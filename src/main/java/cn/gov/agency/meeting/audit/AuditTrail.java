package cn.gov.agency.meeting.audit;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.PeopleNames;
import cn.gov.agency.meeting.meeting.TrailLabels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's audit trail in time order: the engine's history (processes, tasks, jobs, incidents)
 * joined with the project's records (the meeting's events and the change log of every record that
 * belongs to the meeting).
 */
@Service
public class AuditTrail {

  /** Lines of one instant: the process starts before its tasks, a task is created before it is done. */
  private static final Comparator<TrailEntry> IN_ORDER =
      Comparator.comparing(TrailEntry::at).thenComparing(TrailEntry::kind);

  /** A meeting a search matched, with its matching lines. */
  public record MeetingTrail(long meetingId, String title, String hostDepartmentCode, List<TrailEntry> entries) {}

  private final EngineHistoryTrail engine;
  private final MeetingEvents events;
  private final TrailLabels labels;
  private final RecordChangeLog changes;
  private final RecordLabels recordLabels;
  private final PeopleNames peopleNames;
  private final JdbcTemplate jdbc;

  AuditTrail(EngineHistoryTrail engine, MeetingEvents events, TrailLabels labels, RecordChangeLog changes,
      RecordLabels recordLabels, PeopleNames peopleNames, JdbcTemplate jdbc) {
    this.recordLabels = recordLabels;
    this.engine = engine;
    this.events = events;
    this.labels = labels;
    this.changes = changes;
    this.peopleNames = peopleNames;
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<TrailEntry> of(long meetingId) {
    // The application that filed an ad-hoc meeting ran before the meeting existed: no business key.
    List<String> applications = jdbc.queryForList(
        "select process_instance_id from adhoc_application where meeting_id = ?", String.class, meetingId);
    List<TrailEntry> entries = new ArrayList<>(engine.entries(meetingId, applications));
    events.of(meetingId).forEach(event -> entries.add(new TrailEntry(meetingId, event.occurredAt(),
        TrailKind.RECORD_EVENT, event.stage(), labels.stage(event.stage()), event.action(),
        labels.action(event.stage(), event.action()), event.actorUserId(), null, null,
        event.comment() == null ? "" : event.comment())));
    changes.ofMeeting(meetingId).forEach(change -> entries.add(new TrailEntry(meetingId, change.changedAt(),
        TrailKind.RECORD_CHANGED, change.tableName(), recordLabels.table(change.tableName()), change.fieldName(),
        recordLabels.field(change.tableName(), change.fieldName()), change.changedBy(), null, null,
        recordLabels.record(change.tableName(), change.recordId()) + recordLabels.value(change.oldValue()) + " → "
            + recordLabels.value(change.newValue()))));
    PeopleNames.Lookup names = peopleNames.lookup();
    return entries.stream().sorted(IN_ORDER)
        .map(entry -> entry.named(names.name(entry.actorUserId()), names.inText(entry.detail())))
        .toList();
  }

  /** The meetings matching the query, each with its trail lines that match; meetings without any are left out. */
  public List<MeetingTrail> search(TrailQuery query) {
    List<MeetingTrail> found = new ArrayList<>();
    jdbc.query("select id, title, host_department_code from meeting order by id", rs -> {
      long id = rs.getLong("id");
      String title = rs.getString("title");
      String department = rs.getString("host_department_code");
      if (matchesMeeting(query, id, title, department)) {
        found.add(new MeetingTrail(id, title, department, List.of()));
      }
    });
    return found.stream()
        .map(m -> new MeetingTrail(m.meetingId(), m.title(), m.hostDepartmentCode(),
            of(m.meetingId()).stream().filter(entry -> matchesEntry(query, entry)).toList()))
        .filter(m -> !m.entries().isEmpty())
        .toList();
  }

  private static boolean matchesMeeting(TrailQuery query, long id, String title, String department) {
    boolean meeting = blank(query.meeting()) || query.meeting().trim().equals(String.valueOf(id))
        || title.contains(query.meeting().trim());
    return meeting && (blank(query.department()) || query.department().equals(department));
  }

  private static boolean matchesEntry(TrailQuery query, TrailEntry entry) {
    boolean person = blank(query.person()) || query.person().equals(entry.actorUserId())
        || (entry.actorName() != null && entry.actorName().contains(query.person().trim()));
    boolean from = query.from() == null || !entry.at().toLocalDate().isBefore(query.from());
    boolean to = query.to() == null || !entry.at().toLocalDate().isAfter(query.to());
    // a step by its Chinese name (确定筹备事项, or part of it) as people know it, or by its id
    boolean taskType = blank(query.taskType()) || query.taskType().trim().equals(entry.activityKey())
        || entry.activityName() != null && entry.activityName().contains(query.taskType().trim());
    return person && from && to && taskType;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

}
