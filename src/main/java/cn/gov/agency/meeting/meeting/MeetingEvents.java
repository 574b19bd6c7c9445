package cn.gov.agency.meeting.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The trail of a meeting: every step any stage takes on it (who, when, with which comment), in one
 * table so the host, the office and the auditors read one history whatever feature wrote it. The one
 * table of meeting/ every feature appends to, hence a public component rather than one of its repositories.
 */
@Component
public class MeetingEvents {

  /** One step on a meeting; {@code stage} is the feature (notice, venue, budget …), {@code action} its step. */
  public record MeetingEvent(long meetingId, String stage, String action, String actorUserId, String comment,
      LocalDateTime occurredAt) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public MeetingEvents(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(long meetingId, String stage, String action, String actorUserId, String comment) {
    jdbc.update("""
        insert into meeting_event (meeting_id, stage, action, actor_user_id, comment, occurred_at)
        values (?, ?, ?, ?, ?, ?)""",
        meetingId, stage, action, actorUserId, comment, Timestamp.valueOf(LocalDateTime.now(clock)));
  }

  public List<MeetingEvent> of(long meetingId) {
    return jdbc.query("""
        select * from meeting_event where meeting_id = ? order by occurred_at, id""",
        (rs, i) -> new MeetingEvent(rs.getLong("meeting_id"), rs.getString("stage"), rs.getString("action"),
            rs.getString("actor_user_id"), rs.getString("comment"), rs.getTimestamp("occurred_at").toLocalDateTime()),
        meetingId);
  }
}
