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

  /** A department concerned by a meeting; {@code completedAt} once it closed its own part. */
  record Concerned(long meetingId, String departmentCode, String departmentName, LocalDateTime completedAt) {}

  private static final RowMapper<Opened> OPENED = (rs, i) -> new Opened(rs.getLong("meeting_id"),
      rs.getString("process_instance_id"), time(rs, "opened_at"), rs.getString("completed_by"),
      time(rs, "completed_at"));

  private static final RowMapper<Concerned> CONCERNED = (rs, i) -> new Concerned(rs.getLong("meeting_id"),
      rs.getString("department_code"), rs.getString("name"), time(rs, "completed_at"));

  private static final RowMapper<Acknowledgement> ACKNOWLEDGEMENT = (rs, i) -> new Acknowledgement(
      rs.getLong("meeting_id"), rs.getString("department_code"), rs.getString("department_name"),
      rs.getString("user_id"), rs.getString("family_name") + rs.getString("given_name"), time(rs, "asked_at"),
      time(rs, "acknowledged_at"));

  private static final String ACKNOWLEDGEMENTS = """
      select a.*, d.name as department_name, p.family_name, p.given_name from passing_on_acknowledgement a
        join department d on d.code = a.department_code join person p on p.user_id = a.user_id
      """;

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
        select c.meeting_id, c.department_code, d.name, c.completed_at from passing_on_department c
          join department d on d.code = c.department_code
         where c.meeting_id = ? order by d.sort_order, d.code""", CONCERNED, meetingId);
  }

  /** Closes one department's part; false if it was closed before. */
  boolean markDepartmentCompleted(long meetingId, String departmentCode, String by, LocalDateTime now) {
    return jdbc.update("""
        update passing_on_department set completed_by = ?, completed_at = ?
         where meeting_id = ? and department_code = ? and completed_at is null""", by, Timestamp.valueOf(now),
        meetingId, departmentCode) == 1;
  }

  /**
   * Asks these members to acknowledge. A person belongs to one department, whose part closes once,
   * so someone already asked is only a step run again: not asked twice.
   */
  void askToAcknowledge(long meetingId, String departmentCode, List<String> userIds, LocalDateTime now) {
    for (String userId : userIds) {
      Integer asked = jdbc.queryForObject(
          "select count(*) from passing_on_acknowledgement where meeting_id = ? and user_id = ?", Integer.class,
          meetingId, userId);
      if (asked == 0) {
        jdbc.update("""
            insert into passing_on_acknowledgement (meeting_id, department_code, user_id, asked_at)
            values (?, ?, ?, ?)""", meetingId, departmentCode, userId, Timestamp.valueOf(now));
      }
    }
  }

  /** False if the person was not asked or acknowledged before. */
  boolean acknowledge(long meetingId, String userId, LocalDateTime now) {
    return jdbc.update("""
        update passing_on_acknowledgement set acknowledged_at = ?
         where meeting_id = ? and user_id = ? and acknowledged_at is null""", Timestamp.valueOf(now), meetingId,
        userId) == 1;
  }

  List<Acknowledgement> acknowledgements(long meetingId) {
    return jdbc.query(ACKNOWLEDGEMENTS + " where a.meeting_id = ? order by d.sort_order, d.code, p.rank_order, p.user_id",
        ACKNOWLEDGEMENT, meetingId);
  }

  List<Acknowledgement> acknowledgementsOf(String userId) {
    return jdbc.query(ACKNOWLEDGEMENTS + " where a.user_id = ? order by a.asked_at desc, a.meeting_id desc",
        ACKNOWLEDGEMENT, userId);
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
