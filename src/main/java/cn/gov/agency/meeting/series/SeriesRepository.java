package cn.gov.agency.meeting.series;

import cn.gov.agency.meeting.meeting.MeetingStatus;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The series and the link of each of their meetings (meeting.series_id, meeting.occurrence_date). */
@Repository
class SeriesRepository {

  private final JdbcTemplate jdbc;

  SeriesRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(MeetingSeries series, String createdBy, LocalDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into meeting_series (title, host_department_code, recurrence_rule, holiday_rule, first_date,
                                      start_time, end_time, room_code, created_by, created_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setString(1, series.title());
      statement.setString(2, series.hostDepartmentCode());
      statement.setString(3, series.recurrenceRule());
      statement.setString(4, series.holidayRule().name());
      statement.setDate(5, Date.valueOf(series.firstDate()));
      statement.setTime(6, Time.valueOf(series.startTime()));
      statement.setTime(7, Time.valueOf(series.endTime()));
      statement.setString(8, series.roomCode());
      statement.setString(9, createdBy);
      statement.setTimestamp(10, Timestamp.valueOf(now));
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  Optional<Long> seriesOf(long meetingId) {
    return jdbc.queryForList("select series_id from meeting where id = ? and series_id is not null", Long.class,
        meetingId).stream().findFirst();
  }

  Optional<MeetingSeries> find(long id) {
    return jdbc.query("select * from meeting_series where id = ?", (rs, i) -> new MeetingSeries(rs.getLong("id"),
        rs.getString("title"), rs.getString("host_department_code"), rs.getString("recurrence_rule"),
        HolidayRule.valueOf(rs.getString("holiday_rule")), rs.getDate("first_date").toLocalDate(),
        rs.getTime("start_time").toLocalTime(), rs.getTime("end_time").toLocalTime(), rs.getString("room_code")),
        id).stream().findFirst();
  }

  List<SeriesOccurrence> occurrences(long seriesId) {
    return jdbc.query("""
        select m.id, m.occurrence_date, m.planned_start, m.planned_end, m.status, m.lifecycle_process_instance_id,
               (select r.code from room_booking b join room r on r.id = b.room_id
                 where b.meeting_id = m.id and b.cancelled_at is null) as room_code
          from meeting m where m.series_id = ? order by m.occurrence_date""",
        (rs, i) -> new SeriesOccurrence(rs.getLong("id"), rs.getDate("occurrence_date").toLocalDate(),
            rs.getTimestamp("planned_start").toLocalDateTime(), rs.getTimestamp("planned_end").toLocalDateTime(),
            MeetingStatus.valueOf(rs.getString("status")), rs.getString("room_code"),
            rs.getString("lifecycle_process_instance_id") != null),
        seriesId);
  }

  /** Filed occurrences of any series, due by {@code until}, whose lifecycle has not started. */
  List<Long> awaitingLifecycle(LocalDate until) {
    return jdbc.queryForList("""
        select id from meeting where series_id is not null and status = 'APPROVED'
           and lifecycle_process_instance_id is null and planned_start < ? order by planned_start""",
        Long.class, Timestamp.valueOf(until.plusDays(1).atStartOfDay()));
  }
}
