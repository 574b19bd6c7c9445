package cn.gov.agency.meeting.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the append-only change log (table record_change). Only the database's change capture writes
 * it (see ChangeCaptureTriggers); the application deliberately has no method that writes, updates or
 * deletes, so nothing in it can rewrite what was recorded.
 */
@Repository
public class RecordChangeLog {

  /** One changed column of one row ("*" and the whole row for a deleted row). */
  public record RecordChange(String tableName, String recordId, String fieldName, String oldValue, String newValue,
      String changedBy, LocalDateTime changedAt) {}

  private final JdbcTemplate jdbc;

  public RecordChangeLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every change of every record that belongs to the meeting, the meeting's own record included. */
  public List<RecordChange> ofMeeting(long meetingId) {
    return jdbc.query("select * from record_change where meeting_id = ? order by changed_at, id",
        (rs, i) -> new RecordChange(rs.getString("table_name"), rs.getString("record_id"), rs.getString("field_name"),
            rs.getString("old_value"), rs.getString("new_value"), rs.getString("changed_by"),
            rs.getTimestamp("changed_at").toLocalDateTime()),
        meetingId);
  }
}
