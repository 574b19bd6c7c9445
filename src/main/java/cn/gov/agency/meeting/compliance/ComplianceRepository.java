package cn.gov.agency.meeting.compliance;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads, never writes: each finding comes from the table of the feature that recorded it. One
 * query per kind, each grouped by meeting, so a year costs a fixed number of statements however
 * many meetings it had. Cancelled meetings are left out: what was called off was not run.
 */
@Repository
class ComplianceRepository {

  private static final String OF_YEAR = " m.meeting_year = ? and m.status <> 'CANCELLED' ";

  /** Per kind: the select of (meeting_id, amount, detail, occurred_at) over the year's meetings. */
  private static final Map<ComplianceKind, String> QUERIES = Map.ofEntries(
      Map.entry(ComplianceKind.NOTICE_LATE, """
          select n.meeting_id, count(*) as amount, max(n.late_reason) as detail, max(coalesce(n.sent_at, n.drafted_at)) as occurred_at
            from meeting_notice n join meeting m on m.id = n.meeting_id
           where n.late and""" + OF_YEAR + "group by n.meeting_id"),
      Map.entry(ComplianceKind.MATERIALS_LATE, """
          select t.meeting_id, 1 as amount, null as detail, t.updated_at as occurred_at
            from meeting_materials t join meeting m on m.id = t.meeting_id
           where t.late and""" + OF_YEAR),
      Map.entry(ComplianceKind.BUDGET_ADJUSTED, """
          select b.meeting_id, count(*) as amount, null as detail, max(b.drafted_at) as occurred_at
            from budget_version b join meeting m on m.id = b.meeting_id
           where b.adjustment and""" + OF_YEAR + "group by b.meeting_id"),
      Map.entry(ComplianceKind.CLAIM_RETURNED, """
          select c.meeting_id, count(*) as amount, max(r.reason) as detail, max(r.reviewed_at) as occurred_at
            from reimbursement_item_review r
            join reimbursement_version v on v.id = r.version_id
            join reimbursement_claim c on c.id = v.claim_id
            join meeting m on m.id = c.meeting_id
           where r.decision = 'RETURNED' and""" + OF_YEAR + "group by c.meeting_id"),
      Map.entry(ComplianceKind.ABSENT, attendance("p.attendance = 'ABSENT'")),
      Map.entry(ComplianceKind.LATE_ARRIVAL, attendance("p.attendance = 'LATE'")),
      Map.entry(ComplianceKind.EARLY_DEPARTURE, attendance("p.departure = 'EARLY_DEPARTURE'")),
      Map.entry(ComplianceKind.LEFT_WITHOUT_PERMISSION, attendance("p.departure = 'LEFT_WITHOUT_PERMISSION'")),
      Map.entry(ComplianceKind.ON_LEAVE, attendance("p.attendance = 'ON_LEAVE' or (p.attendance is null and p.on_leave)")),
      Map.entry(ComplianceKind.SUBSTITUTED, attendance("p.substitute_for is not null")),
      Map.entry(ComplianceKind.RESOLUTION_OVERDUE, """
          select f.meeting_id, count(*) as amount, null as detail, max(cast(f.deadline as timestamp)) as occurred_at
            from follow_up f join meeting m on m.id = f.meeting_id
           where (f.overdue or f.outcome in ('LATE', 'NOT_DONE')) and""" + OF_YEAR + "group by f.meeting_id"),
      Map.entry(ComplianceKind.RECTIFICATION_URGED, """
          select f.meeting_id, count(*) as amount, max(s.step_text) as detail, max(s.occurred_at) as occurred_at
            from follow_up_step s join follow_up f on f.id = s.follow_up_id join meeting m on m.id = f.meeting_id
           where s.action = 'URGED' and""" + OF_YEAR + "group by f.meeting_id"),
      Map.entry(ComplianceKind.PASSING_ON_INCOMPLETE, """
          select d.meeting_id, count(*) as amount, null as detail, max(o.opened_at) as occurred_at
            from passing_on_department d join passing_on o on o.meeting_id = d.meeting_id
            join meeting m on m.id = d.meeting_id
           where not exists (select 1 from passing_on_record r
                              where r.meeting_id = d.meeting_id and r.department_code = d.department_code)
             and""" + OF_YEAR + "group by d.meeting_id"),
      Map.entry(ComplianceKind.PASSING_ON_UNACKNOWLEDGED, """
          select a.meeting_id, count(*) as amount, null as detail, max(a.asked_at) as occurred_at
            from passing_on_acknowledgement a join meeting m on m.id = a.meeting_id
           where a.acknowledged_at is null and""" + OF_YEAR + "group by a.meeting_id"));

  private final JdbcTemplate jdbc;

  ComplianceRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The year's meetings that were not cancelled, each once, in time order. */
  List<YearMeeting> meetingsOf(int year) {
    return jdbc.query("select m.id, m.title, m.host_department_code, m.planned_start, m.confidential from meeting m where"
            + OF_YEAR + "order by coalesce(m.planned_start, cast(m.planned_date as timestamp)), m.id",
        (rs, i) -> new YearMeeting(rs.getLong("id"), rs.getString("title"), rs.getString("host_department_code"),
            toLocal(rs.getTimestamp("planned_start")), rs.getBoolean("confidential")), year);
  }

  List<Finding> findingsOf(int year) {
    List<Finding> findings = new ArrayList<>();
    for (ComplianceKind kind : ComplianceKind.values()) {
      findings.addAll(jdbc.query(QUERIES.get(kind), (rs, i) -> new Finding(rs.getLong("meeting_id"), kind,
          rs.getInt("amount"), rs.getString("detail"), toLocal(rs.getTimestamp("occurred_at"))), year));
    }
    return findings;
  }

  private static String attendance(String condition) {
    return "select p.meeting_id, count(*) as amount, null as detail, max(m.planned_start) as occurred_at"
        + " from meeting_participant p join meeting m on m.id = p.meeting_id"
        + " where (" + condition + ") and m.status in ('HELD', 'ARCHIVED') and" + OF_YEAR + "group by p.meeting_id";
  }

  private static LocalDateTime toLocal(java.sql.Timestamp at) {
    return at == null ? null : at.toLocalDateTime();
  }

  record YearMeeting(long id, String title, String hostDepartmentCode, LocalDateTime plannedStart,
      boolean confidential) {}

  /** {@code amount} of one kind at one meeting: late notices, absent people, overdue resolutions, … */
  record Finding(long meetingId, ComplianceKind kind, int amount, String detail, LocalDateTime occurredAt) {}
}
