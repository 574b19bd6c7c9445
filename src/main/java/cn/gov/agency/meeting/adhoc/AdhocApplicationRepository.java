package cn.gov.agency.meeting.adhoc;

import cn.gov.agency.meeting.series.HolidayRule;
import cn.gov.agency.meeting.series.Recurrence;
import cn.gov.agency.meeting.series.RepeatPattern;
import cn.gov.agency.meeting.adhoc.AdhocApplication.Event;
import cn.gov.agency.meeting.meeting.Participant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AdhocApplicationRepository {

  private final JdbcTemplate jdbc;

  AdhocApplicationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String processInstanceId, String applicant, String hostDepartment,
      AdhocApplicationInput input, LocalDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into adhoc_application (process_instance_id, applicant_user_id, host_department_code,
              meeting_type, title, necessity, planned_start, planned_end, place, content,
              budget_estimate, status, submitted_at, updated_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """, new String[] {"id"});
      statement.setString(1, processInstanceId);
      statement.setString(2, applicant);
      statement.setString(3, hostDepartment);
      statement.setString(4, input.meetingType());
      statement.setString(5, input.title());
      statement.setString(6, input.necessity());
      statement.setTimestamp(7, Timestamp.valueOf(input.plannedStart()));
      statement.setTimestamp(8, Timestamp.valueOf(input.plannedEnd()));
      statement.setString(9, input.place());
      statement.setString(10, input.content());
      statement.setBigDecimal(11, input.budgetEstimate());
      statement.setString(12, ApplicationStatus.SUBMITTED.name());
      statement.setTimestamp(13, Timestamp.valueOf(now));
      statement.setTimestamp(14, Timestamp.valueOf(now));
      return statement;
    }, keys);
    long id = keys.getKey().longValue();
    insertParticipants(id, input.participants());
    saveRecurrence(id, input);
    return id;
  }

  void replaceContent(long id, AdhocApplicationInput input, LocalDateTime now) {
    jdbc.update("""
        update adhoc_application set meeting_type = ?, title = ?, necessity = ?, planned_start = ?,
               planned_end = ?, place = ?, content = ?, budget_estimate = ?, updated_at = ?
         where id = ?
        """, input.meetingType(), input.title(), input.necessity(), Timestamp.valueOf(input.plannedStart()),
        Timestamp.valueOf(input.plannedEnd()), input.place(), input.content(), input.budgetEstimate(),
        Timestamp.valueOf(now), id);
    jdbc.update("delete from adhoc_application_participant where application_id = ?", id);
    insertParticipants(id, input.participants());
    saveRecurrence(id, input);
  }

  /** Moves the status only from the expected one, so a stale or repeated step changes nothing. */
  boolean changeStatus(long id, ApplicationStatus from, ApplicationStatus to, LocalDateTime now) {
    return jdbc.update("update adhoc_application set status = ?, updated_at = ? where id = ? and status = ?",
        to.name(), Timestamp.valueOf(now), id, from.name()) == 1;
  }

  void linkMeeting(long id, long meetingId) {
    jdbc.update("update adhoc_application set meeting_id = ? where id = ?", meetingId, id);
  }

  void addEvent(long id, ApplicationAction action, String actor, String comment, LocalDateTime now) {
    jdbc.update("""
        insert into adhoc_application_event (application_id, action, actor_user_id, comment, occurred_at)
        values (?, ?, ?, ?, ?)
        """, id, action.name(), actor, comment, Timestamp.valueOf(now));
  }

  Optional<AdhocApplication> find(long id) {
    return jdbc.query("select * from adhoc_application where id = ?", (rs, i) -> map(rs), id)
        .stream().findFirst();
  }

  /** The application a 临时会议申请 instance was started for: the row stores its instance id at registration. */
  Optional<AdhocApplication> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from adhoc_application where process_instance_id = ?", (rs, i) -> map(rs),
        processInstanceId).stream().findFirst();
  }

  Optional<AdhocApplication> findByMeeting(long meetingId) {
    return jdbc.query("select * from adhoc_application where meeting_id = ?", (rs, i) -> map(rs), meetingId)
        .stream().findFirst();
  }

  List<AdhocApplication> findByApplicant(String userId) {
    return jdbc.query("select * from adhoc_application where applicant_user_id = ? order by submitted_at desc, id desc",
        (rs, i) -> map(rs), userId);
  }

  private AdhocApplication map(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    Long meetingId = rs.getObject("meeting_id", Long.class);
    return new AdhocApplication(id, rs.getString("process_instance_id"), rs.getString("applicant_user_id"),
        rs.getString("host_department_code"), rs.getString("meeting_type"), rs.getString("title"),
        rs.getString("necessity"), rs.getTimestamp("planned_start").toLocalDateTime(),
        rs.getTimestamp("planned_end").toLocalDateTime(), rs.getString("place"), rs.getString("content"),
        rs.getBigDecimal("budget_estimate"), ApplicationStatus.valueOf(rs.getString("status")),
        meetingId, rs.getTimestamp("submitted_at").toLocalDateTime(),
        rs.getTimestamp("updated_at").toLocalDateTime(), participants(id), events(id), recurrence(rs),
        rs.getString("series_room_code"));
  }

  private void saveRecurrence(long id, AdhocApplicationInput input) {
    Recurrence recurrence = input.recurrence();
    jdbc.update("""
        update adhoc_application set repeat_pattern = ?, repeat_until = ?, repeat_count = ?, holiday_rule = ?,
               series_room_code = ?
         where id = ?""", recurrence == null ? null : recurrence.pattern().name(),
        recurrence == null || recurrence.until() == null ? null : java.sql.Date.valueOf(recurrence.until()),
        recurrence == null ? null : recurrence.count(), recurrence == null ? null : recurrence.holidayRule().name(),
        input.seriesRoomCode(), id);
  }

  private static Recurrence recurrence(ResultSet rs) throws SQLException {
    String pattern = rs.getString("repeat_pattern");
    if (pattern == null) {
      return null;
    }
    java.sql.Date until = rs.getDate("repeat_until");
    return new Recurrence(RepeatPattern.valueOf(pattern), until == null ? null : until.toLocalDate(),
        rs.getObject("repeat_count", Integer.class), HolidayRule.valueOf(rs.getString("holiday_rule")));
  }

  private List<Participant> participants(long id) {
    return jdbc.query("""
        select person_user_id, guest_name, guest_unit from adhoc_application_participant
         where application_id = ? order by id
        """, (rs, i) -> new Participant(rs.getString(1), rs.getString(2), rs.getString(3)), id);
  }

  private List<Event> events(long id) {
    return jdbc.query("""
        select action, actor_user_id, comment, occurred_at from adhoc_application_event
         where application_id = ? order by occurred_at, id
        """, (rs, i) -> new Event(ApplicationAction.valueOf(rs.getString(1)), rs.getString(2),
            rs.getString(3), rs.getTimestamp(4).toLocalDateTime()), id);
  }

  private void insertParticipants(long id, List<Participant> participants) {
    jdbc.batchUpdate("""
        insert into adhoc_application_participant (application_id, person_user_id, guest_name, guest_unit)
        values (?, ?, ?, ?)
        """, participants, 200, (statement, p) -> {
          statement.setLong(1, id);
          statement.setString(2, p.personUserId());
          statement.setString(3, p.guestName());
          statement.setString(4, p.guestUnit());
        });
  }
}
