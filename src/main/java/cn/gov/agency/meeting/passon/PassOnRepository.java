package cn.gov.agency.meeting.passon;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The passing-on of meetings: departments concerned and what each recorded. */
@Repository
class PassOnRepository {

  /** A passing-on as opened: when, and when (and by whom) it was completed. */
  record Opened(long meetingId, String processInstanceId, LocalDateTime openedAt, String completedBy,
      LocalDateTime completedAt) {}

  /** A department concerned by a meeting. */
  record Concerned(long meetingId, String departmentCode, String departmentName) {}

  private static final RowMapper<Opened> OPENED = (rs, i) -> new Opened(rs.getLong("meeting_id"),
      rs.getString("process_instance_id"), time(rs, "opened_at"), rs.getString("completed_by"),
      time(rs, "completed_at"));

  private static final RowMapper<Concerned> CONCERNED = (rs, i) -> new Concerned(rs.getLong("meeting_id"),
      rs.getString("department_code"), rs.getString("name"));

  private static final RowMapper<PassOnEntry> ENTRY = (rs, i) -> new PassOnEntry(rs.getLong("id"),
      rs.getLong("meeting_id"), rs.getString("department_code"), rs.getString("name"),
      PassOnMethod.valueOf(rs.getString("method")), rs.getDate("held_on").toLocalDate(), rs.getString("participants"),
      rs.getInt("participant_count"), rs.getString("recorded_by"), time(rs, "recorded_at"));

  private final JdbcTemplate jdbc;

  PassOnRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void open(long meetingId, String processInstanceId, List<String> departments, LocalDateTime now) {
    jdbc.update("insert into passing_on (meeting_id, process_instance_id, opened_at) values (?, ?, ?)",
        meetingId, processInstanceId, Timestamp.valueOf(now));
    for (String department : departments) {
      jdbc.update("insert into passing_on_department (meeting_id, department_code) values (?, ?)", meetingId,
          department);
    }
  }

  Optional<Opened> find(long meetingId) {
    return jdbc.query("select * from passing_on where meeting_id = ?", OPENED, meetingId).stream().findFirst();
  }

  boolean markCompleted(long meetingId, String by, LocalDateTime now) {
    return jdbc.update("""
        update passing_on set completed_by = ?, completed_at = ? where meeting_id = ? and completed_at is null""",
        by, Timestamp.valueOf(now), meetingId) == 1;
  }

  List<Concerned> concerned(long meetingId) {
    return jdbc.query("""
        select c.meeting_id, c.department_code, d.name from passing_on_department c
          join department d on d.code = c.department_code
         where c.meeting_id = ? order by d.sort_order, d.code""", CONCERNED, meetingId);
  }

  void insert(long meetingId, String departmentCode, PassOnMethod method, LocalDate heldOn, String participants,
      int participantCount, String by, LocalDateTime now) {
    jdbc.update("""
        insert into passing_on_record (meeting_id, department_code, method, held_on, participants, participant_count,
                                       recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""", meetingId, departmentCode, method.name(), Date.valueOf(heldOn),
        participants, participantCount, by, Timestamp.valueOf(now));
  }

  List<PassOnEntry> entries(long meetingId) {
    return jdbc.query("""
        select r.*, d.name from passing_on_record r join department d on d.code = r.department_code
         where r.meeting_id = ? order by r.held_on, r.id""", ENTRY, meetingId);
  }

  /** Meetings of the year whose passing-on was opened, by start. */
  List<Long> meetingsOf(int year) {
    return jdbc.queryForList("""
        select p.meeting_id from passing_on p join meeting m on m.id = p.meeting_id
         where m.meeting_year = ? order by m.planned_start, m.id""", Long.class, year);
  }

  private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toLocalDateTime();
  }
}
