package cn.gov.agency.meeting.leave;

import cn.gov.agency.meeting.meeting.MeetingStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The leave requests of meetings (table leave_request). */
@Repository
class LeaveRepository {

  private static final RowMapper<LeaveRequest> REQUEST = (rs, i) -> new LeaveRequest(rs.getLong("id"),
      rs.getLong("meeting_id"), rs.getLong("attendee_id"), rs.getString("requester_user_id"),
      rs.getString("reason"), rs.getString("substitute_user_id"), LeaveStatus.valueOf(rs.getString("status")),
      rs.getString("process_instance_id"), time(rs, "requested_at"), rs.getString("decided_by"),
      time(rs, "decided_at"), rs.getString("decision_comment"), rs.getObject("substitute_attendee_id", Long.class));

  private final JdbcTemplate jdbc;

  LeaveRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Holds the person's row until the transaction ends, so requests naming the same substitute are
   * checked one after another: the second sees the first (R5.1: one substitute, one pending request).
   */
  void lockSubstitute(String userId) {
    jdbc.queryForList("select user_id from person where user_id = ? for update", String.class, userId);
  }

  /** A new pending request; empty when the attendee already has one open or approved. */
  Optional<Long> insert(long meetingId, long attendeeId, String requesterUserId, String reason,
      String substituteUserId, LocalDateTime now) {
    var keys = new GeneratedKeyHolder();
    try {
      jdbc.update(connection -> {
        var statement = connection.prepareStatement("""
            insert into leave_request (meeting_id, attendee_id, live_attendee_id, requester_user_id, reason,
                                       substitute_user_id, status, requested_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
        statement.setLong(1, meetingId);
        statement.setLong(2, attendeeId);
        statement.setLong(3, attendeeId);
        statement.setString(4, requesterUserId);
        statement.setString(5, reason);
        statement.setString(6, substituteUserId);
        statement.setString(7, LeaveStatus.PENDING.name());
        statement.setTimestamp(8, Timestamp.valueOf(now));
        return statement;
      }, keys);
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
    return Optional.of(keys.getKey().longValue());
  }

  void linkProcess(long requestId, String processInstanceId) {
    jdbc.update("update leave_request set process_instance_id = ? where id = ?", processInstanceId, requestId);
  }

  /** The request a 请假申请 instance was started for: linked to it right after the start. */
  Optional<LeaveRequest> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from leave_request where process_instance_id = ?", REQUEST, processInstanceId)
        .stream().findFirst();
  }

  Optional<LeaveRequest> find(long requestId) {
    return jdbc.query("select * from leave_request where id = ?", REQUEST, requestId).stream().findFirst();
  }

  List<LeaveRequest> ofMeeting(long meetingId) {
    return jdbc.query("select * from leave_request where meeting_id = ? order by id", REQUEST, meetingId);
  }

  /** Decides a pending request; false if it was decided already. */
  boolean decide(long requestId, LeaveStatus status, String decidedBy, String comment, Long substituteAttendeeId,
      LocalDateTime now) {
    return jdbc.update("""
        update leave_request
           set status = ?, decided_by = ?, decided_at = ?, decision_comment = ?, substitute_attendee_id = ?,
               live_attendee_id = case when ? then live_attendee_id else null end
         where id = ? and status = ?""",
        status.name(), decidedBy, Timestamp.valueOf(now), comment, substituteAttendeeId,
        status == LeaveStatus.APPROVED, requestId, LeaveStatus.PENDING.name()) == 1;
  }

  /** The meetings approved and not yet held on whose list the person stands (invited or as a substitute), soonest first. */
  List<Long> upcomingMeetingsOf(String userId, LocalDateTime now) {
    return upcomingMeetingsOf(userId, now, Integer.MAX_VALUE);
  }

  /** The first {@code limit} of them, soonest first. */
  List<Long> upcomingMeetingsOf(String userId, LocalDateTime now, int limit) {
    return jdbc.query("""
        select distinct m.id, m.planned_start from meeting m join meeting_participant p on p.meeting_id = m.id
         where p.person_user_id = ? and m.status in (?, ?, ?) and m.planned_start > ?
         order by m.planned_start, m.id limit ?""",
        (rs, i) -> rs.getLong("id"), userId, MeetingStatus.APPROVED.name(), MeetingStatus.PREPARING.name(),
        MeetingStatus.READY.name(), Timestamp.valueOf(now), limit);
  }

  int countUpcomingMeetingsOf(String userId, LocalDateTime now) {
    return jdbc.queryForObject("""
        select count(distinct m.id) from meeting m join meeting_participant p on p.meeting_id = m.id
         where p.person_user_id = ? and m.status in (?, ?, ?) and m.planned_start > ?""", Integer.class, userId,
        MeetingStatus.APPROVED.name(), MeetingStatus.PREPARING.name(), MeetingStatus.READY.name(),
        Timestamp.valueOf(now));
  }

  private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toLocalDateTime();
  }
}
