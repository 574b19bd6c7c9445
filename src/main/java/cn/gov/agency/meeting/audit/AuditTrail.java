package cn.gov.agency.meeting.audit;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.PeopleNames;
import cn.gov.agency.meeting.meeting.TrailLabels;
import java.sql.Timestamp;
import java.time.LocalDate;
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
  private final AuditSearchSettings search;

  AuditTrail(EngineHistoryTrail engine, MeetingEvents events, TrailLabels labels, RecordChangeLog changes,
      RecordLabels recordLabels, PeopleNames peopleNames, JdbcTemplate jdbc, AuditSearchSettings search) {
    this.search = search;
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

  /**
   * The meetings matching the query, newest first, each with its trail lines that match; meetings
   * without any are left out. One page at a time: the database picks the candidates by what it can
   * tell from the meeting row and, for a period, from whether anything of the meeting happened then
   * (an event, a changed record, a process instance running) — a superset of the meetings with a line
   * in the period, since every line is one of those or inside a running instance; only those
   * candidates' trails are built, at most {@code scanLimit} per request.
   */
  public SearchPage search(TrailQuery query) {
    List<MeetingTrail> found = new ArrayList<>();
    Long before = query.before();
    int examined = 0;
    while (found.size() < search.pageSize() && examined < search.scanLimit()) {
      List<MeetingTrail> candidates = candidates(query, before, Math.min(search.pageSize() * 2,
          search.scanLimit() - examined));
      for (MeetingTrail candidate : candidates) {
        examined++;
        before = candidate.meetingId();
        List<TrailEntry> entries = of(candidate.meetingId()).stream().filter(e -> matchesEntry(query, e)).toList();
        if (!entries.isEmpty()) {
          found.add(new MeetingTrail(candidate.meetingId(), candidate.title(), candidate.hostDepartmentCode(), entries));
          if (found.size() == search.pageSize()) {
            break;
          }
        }
      }
      if (candidates.isEmpty()) {
        return new SearchPage(found, null, examined);
      }
    }
    boolean more = !candidates(query, before, 1).isEmpty();
    return new SearchPage(found, more ? before : null, examined);
  }

  /** A page of a search: {@code nextBefore} continues it (null: nothing older matches). */
  public record SearchPage(List<MeetingTrail> meetings, Long nextBefore, int examined) {}

  private List<MeetingTrail> candidates(TrailQuery query, Long before, int limit) {
    StringBuilder sql = new StringBuilder("select m.id, m.title, m.host_department_code from meeting m where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (before != null) {
      sql.append(" and m.id < ?");
      args.add(before);
    }
    if (!blank(query.meeting())) {
      String text = query.meeting().trim();
      sql.append(" and (m.title like ? escape '\\'");
      args.add("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      if (text.matches("\\d{1,18}")) {
        sql.append(" or m.id = ?");
        args.add(Long.parseLong(text));
      }
      sql.append(")");
    }
    if (!blank(query.department())) {
      sql.append(" and m.host_department_code = ?");
      args.add(query.department());
    }
    if (query.from() != null || query.to() != null) {
      Timestamp from = Timestamp.valueOf((query.from() == null ? LocalDate.of(1970, 1, 1) : query.from()).atStartOfDay());
      Timestamp to = Timestamp.valueOf((query.to() == null ? LocalDate.of(9999, 1, 1) : query.to().plusDays(1)).atStartOfDay());
      sql.append("""
           and (exists (select 1 from meeting_event e where e.meeting_id = m.id and e.occurred_at >= ? and e.occurred_at < ?)
             or exists (select 1 from record_change c where c.meeting_id = m.id and c.changed_at >= ? and c.changed_at < ?)
             or exists (select 1 from ACT_HI_PROCINST p
                         where (p.BUSINESS_KEY_ in (cast(m.id as varchar(20)), concat(?, cast(m.id as varchar(20))))
                                or p.ID_ in (select a.process_instance_id from adhoc_application a where a.meeting_id = m.id))
                           and p.START_TIME_ < ? and (p.END_TIME_ is null or p.END_TIME_ >= ?)))""");
      args.addAll(List.of(from, to, from, to, MeetingKey.PREFIX, to, from));
    }
    sql.append(" order by m.id desc limit ?");
    args.add(limit);
    return jdbc.query(sql.toString(), (rs, i) -> new MeetingTrail(rs.getLong("id"), rs.getString("title"),
        rs.getString("host_department_code"), List.of()), args.toArray());
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
