package cn.gov.agency.meeting.meeting;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The meeting records: every meeting the agency holds, whatever started it. */
@Repository
public class MeetingRepository {

  private final JdbcTemplate jdbc;

  public MeetingRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts an approved, filed meeting with its participants; returns the meeting id. */
  public MeetingRecord insertFiled(NewMeeting meeting, LocalDateTime filedAt) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into meeting (source, meeting_type, title, host_department_code, planned_start,
                               planned_end, place, content, budget_estimate, status, filed_by,
                               filed_at, created_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """, new String[] {"id"});
      statement.setString(1, meeting.source());
      statement.setString(2, meeting.meetingType());
      statement.setString(3, meeting.title());
      statement.setString(4, meeting.hostDepartmentCode());
      statement.setTimestamp(5, Timestamp.valueOf(meeting.plannedStart()));
      statement.setTimestamp(6, Timestamp.valueOf(meeting.plannedEnd()));
      statement.setString(7, meeting.place());
      statement.setString(8, meeting.content());
      statement.setBigDecimal(9, meeting.budgetEstimate());
      statement.setString(10, MeetingStatus.APPROVED.name());
      statement.setString(11, meeting.filedBy());
      statement.setTimestamp(12, Timestamp.valueOf(filedAt));
      statement.setTimestamp(13, Timestamp.valueOf(filedAt));
      return statement;
    }, keys);
    long id = keys.getKey().longValue();
    // The id makes the filing number unique without a counter to contend on.
    String filingNumber = "BA" + filedAt.getYear() + "-" + String.format("%05d", id);
    jdbc.update("update meeting set filing_number = ? where id = ?", filingNumber, id);
    for (Participant participant : meeting.participants()) {
      jdbc.update("insert into meeting_participant (meeting_id, person_user_id, guest_name, guest_unit) values (?, ?, ?, ?)",
          id, participant.personUserId(), participant.guestName(), participant.guestUnit());
    }
    return find(id).orElseThrow();
  }

  public Optional<MeetingRecord> find(long id) {
    return jdbc.query("""
        select m.*, (select count(*) from meeting_participant p where p.meeting_id = m.id) as participant_count
          from meeting m where m.id = ?
        """, (rs, i) -> new MeetingRecord(
            rs.getLong("id"), rs.getString("source"), rs.getString("meeting_type"), rs.getString("title"),
            rs.getString("host_department_code"), rs.getTimestamp("planned_start").toLocalDateTime(),
            rs.getTimestamp("planned_end").toLocalDateTime(), rs.getString("place"), rs.getString("content"),
            rs.getBigDecimal("budget_estimate"), MeetingStatus.valueOf(rs.getString("status")),
            rs.getString("filing_number"), rs.getString("filed_by"),
            rs.getTimestamp("filed_at") == null ? null : rs.getTimestamp("filed_at").toLocalDateTime(),
            rs.getInt("participant_count")), id)
        .stream().findFirst();
  }
}
