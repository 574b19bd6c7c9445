package cn.gov.agency.meeting.agenda;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The agenda tables (V36_1): only this feature writes them. */
@Repository
class AgendaRepository {

  /** The stored items are one per line: a line of the agenda never holds a line break. */
  private static final String LINE = "\n";

  private final JdbcTemplate jdbc;

  AgendaRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Row(long id, long meetingId, AgendaStatus status, LocalDateTime topicDeadline, List<String> items,
      String draftedBy, String fixedBy, LocalDateTime fixedAt) {}

  record DepartmentRow(String departmentCode, String status, String answeredBy, LocalDateTime answeredAt) {}

  record ReviewRow(String decision, String comment, String reviewedBy, LocalDateTime reviewedAt) {}

  long insert(long meetingId, String processInstanceId, LocalDateTime topicDeadline, List<String> departments,
      LocalDateTime now) {
    jdbc.update("insert into meeting_agenda (meeting_id, process_instance_id, status, topic_deadline, opened_at)"
        + " values (?, ?, ?, ?, ?)", meetingId, processInstanceId, AgendaStatus.COLLECTING.name(),
        Timestamp.valueOf(topicDeadline), Timestamp.valueOf(now));
    long id = jdbc.queryForObject("select id from meeting_agenda where meeting_id = ?", Long.class, meetingId);
    for (String department : departments) {
      jdbc.update("insert into agenda_department (agenda_id, department_code, status) values (?, ?, 'ASKED')", id,
          department);
    }
    return id;
  }

  Optional<Row> ofMeeting(long meetingId) {
    return jdbc.query("select * from meeting_agenda where meeting_id = ?", (rs, i) -> new Row(rs.getLong("id"),
        rs.getLong("meeting_id"), AgendaStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("topic_deadline").toLocalDateTime(), lines(rs.getString("items")), rs.getString("drafted_by"),
        rs.getString("fixed_by"), rs.getTimestamp("fixed_at") == null ? null
            : rs.getTimestamp("fixed_at").toLocalDateTime()), meetingId).stream().findFirst();
  }

  /** Locks the agenda row: answers, drafts and reviews of one agenda happen one after the other. */
  Optional<AgendaStatus> lockStatus(long agendaId) {
    return jdbc.query("select status from meeting_agenda where id = ? for update",
        (rs, i) -> AgendaStatus.valueOf(rs.getString("status")), agendaId).stream().findFirst();
  }

  List<DepartmentRow> departments(long agendaId) {
    return jdbc.query("select * from agenda_department where agenda_id = ? order by department_code",
        (rs, i) -> new DepartmentRow(rs.getString("department_code"), rs.getString("status"),
            rs.getString("answered_by"), rs.getTimestamp("answered_at") == null ? null
                : rs.getTimestamp("answered_at").toLocalDateTime()), agendaId);
  }

  /** Records a department's answer once: false when it has already answered (or was never asked). */
  boolean answer(long agendaId, String department, String status, List<String> topics, String actor,
      LocalDateTime now) {
    int changed = jdbc.update("update agenda_department set status = ?, answered_by = ?, answered_at = ?"
        + " where agenda_id = ? and department_code = ? and status = 'ASKED'", status, actor, Timestamp.valueOf(now),
        agendaId, department);
    if (changed == 0) {
      return false;
    }
    for (int i = 0; i < topics.size(); i++) {
      jdbc.update("insert into agenda_topic (agenda_id, department_code, row_no, topic) values (?, ?, ?, ?)",
          agendaId, department, i + 1, topics.get(i));
    }
    return true;
  }

  List<String> topics(long agendaId, String department) {
    return jdbc.queryForList("select topic from agenda_topic where agenda_id = ? and department_code = ?"
        + " order by row_no", String.class, agendaId, department);
  }

  void saveDraft(long agendaId, List<String> items, String actor, LocalDateTime now) {
    jdbc.update("update meeting_agenda set status = ?, items = ?, drafted_by = ?, drafted_at = ? where id = ?",
        AgendaStatus.DRAFTED.name(), String.join(LINE, items), actor, Timestamp.valueOf(now), agendaId);
  }

  void insertReview(long agendaId, String decision, String comment, String actor, LocalDateTime now) {
    jdbc.update("insert into agenda_review (agenda_id, decision, comment, reviewed_by, reviewed_at)"
        + " values (?, ?, ?, ?, ?)", agendaId, decision, comment, actor, Timestamp.valueOf(now));
  }

  void fix(long agendaId, String actor, LocalDateTime now) {
    jdbc.update("update meeting_agenda set status = ?, fixed_by = ?, fixed_at = ? where id = ?",
        AgendaStatus.FIXED.name(), actor, Timestamp.valueOf(now), agendaId);
  }

  void returnToOffice(long agendaId) {
    jdbc.update("update meeting_agenda set status = ? where id = ?", AgendaStatus.RETURNED.name(), agendaId);
  }

  List<ReviewRow> reviews(long agendaId) {
    return jdbc.query("select * from agenda_review where agenda_id = ? order by id",
        (rs, i) -> new ReviewRow(rs.getString("decision"), rs.getString("comment"), rs.getString("reviewed_by"),
            rs.getTimestamp("reviewed_at").toLocalDateTime()), agendaId);
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(LINE));
  }
}
