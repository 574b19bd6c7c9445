package cn.gov.agency.meeting.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The append-only change log of the project's records (table record_change): it only appends and
 * reads — there is deliberately no method that updates or deletes, so nothing in the application
 * can rewrite what was recorded.
 */
@Repository
public class RecordChangeLog {

  /** One changed field of one record. */
  public record RecordChange(String tableName, String recordId, String fieldName, String oldValue, String newValue,
      String changedBy, LocalDateTime changedAt) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public RecordChangeLog(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Appends the change of one field; an unchanged value is not a change and is not recorded. */
  public void append(String tableName, Object recordId, String fieldName, Object oldValue, Object newValue,
      String changedBy) {
    if (Objects.equals(oldValue, newValue)) {
      return;
    }
    jdbc.update("""
        insert into record_change (table_name, record_id, field_name, old_value, new_value, changed_by, changed_at)
        values (?, ?, ?, ?, ?, ?, ?)""",
        tableName, String.valueOf(recordId), fieldName, text(oldValue), text(newValue),
        changedBy == null ? "system" : changedBy, Timestamp.valueOf(LocalDateTime.now(clock)));
  }

  public List<RecordChange> of(String tableName, Object recordId) {
    return jdbc.query("""
        select * from record_change where table_name = ? and record_id = ? order by changed_at, id""",
        (rs, i) -> new RecordChange(rs.getString("table_name"), rs.getString("record_id"), rs.getString("field_name"),
            rs.getString("old_value"), rs.getString("new_value"), rs.getString("changed_by"),
            rs.getTimestamp("changed_at").toLocalDateTime()),
        tableName, String.valueOf(recordId));
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }
}
