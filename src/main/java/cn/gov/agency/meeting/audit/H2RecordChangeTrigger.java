package cn.gov.agency.meeting.audit;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import org.h2.api.Trigger;

/**
 * The change capture on H2 (demo and process tests), doing what the PostgreSQL function
 * record_change_capture does: one change-log row per changed column, the whole row on delete.
 */
public class H2RecordChangeTrigger implements Trigger {

  private static final int MAX_TEXT = 4000;

  private String table;
  private final List<String> columns = new ArrayList<>();
  private final List<Boolean> binary = new ArrayList<>();
  private List<ChangeCaptureTriggers.Hop> pathToMeeting = List.of();

  @Override
  public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
      int type) throws SQLException {
    table = tableName.toLowerCase(Locale.ROOT);
    try (ResultSet rs = connection.getMetaData().getColumns(null, schemaName, tableName, "%")) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        binary.add(ChangeCaptureTriggers.isBinary(rs.getInt("DATA_TYPE")));
      }
    }
    pathToMeeting = ChangeCaptureTriggers.pathToMeeting(connection, table);
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    String actor = "system";
    String zone = "UTC";
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select @meeting_actor, @meeting_time_zone")) {
      if (rs.next()) {
        actor = Objects.requireNonNullElse(rs.getString(1), actor);
        zone = Objects.requireNonNullElse(rs.getString(2), zone);
      }
    }
    Timestamp at = Timestamp.valueOf(LocalDateTime.now(ZoneId.of(zone)));
    String recordKey = text(value(oldRow, "id") != null ? value(oldRow, "id") : value(oldRow, "meeting_id"));
    Object meeting = meetingOf(connection, oldRow);
    try (PreparedStatement insert = connection.prepareStatement("""
        insert into record_change (table_name, record_id, meeting_id, field_name, old_value, new_value, changed_by,
          changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
      if (newRow == null) {
        StringJoiner row = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < columns.size(); i++) {
          if (!binary.get(i)) {
            row.add("\"" + columns.get(i) + "\": " + text(oldRow[i]));
          }
        }
        add(insert, recordKey, meeting, "*", row.toString(), null, actor, at);
      } else {
        for (int i = 0; i < columns.size(); i++) {
          if (!binary.get(i) && !Objects.equals(oldRow[i], newRow[i])) {
            add(insert, recordKey, meeting, columns.get(i), text(oldRow[i]), text(newRow[i]), actor, at);
          }
        }
      }
      insert.executeBatch();
    }
  }

  private void add(PreparedStatement insert, String recordKey, Object meeting, String field, String oldValue,
      String newValue, String actor, Timestamp at) throws SQLException {
    insert.setString(1, table);
    insert.setString(2, recordKey == null ? "" : recordKey);
    insert.setObject(3, meeting == null ? null : ((Number) meeting).longValue());
    insert.setString(4, field);
    insert.setString(5, cut(oldValue));
    insert.setString(6, cut(newValue));
    insert.setString(7, actor);
    insert.setTimestamp(8, at);
    insert.addBatch();
  }

  private Object meetingOf(Connection connection, Object[] row) throws SQLException {
    if ("meeting".equals(table)) {
      return value(row, "id");
    }
    if (pathToMeeting.isEmpty()) {
      return value(row, "meeting_id");
    }
    Object key = value(row, pathToMeeting.get(0).column());
    for (int i = 0; i < pathToMeeting.size() && key != null; i++) {
      String next = i == pathToMeeting.size() - 1 ? "meeting_id" : pathToMeeting.get(i + 1).column();
      try (PreparedStatement parent = connection.prepareStatement(
          "select " + next + " from " + pathToMeeting.get(i).parentTable() + " where id = ?")) {
        parent.setObject(1, key);
        try (ResultSet rs = parent.executeQuery()) {
          key = rs.next() ? rs.getObject(1) : null;
        }
      }
    }
    return key;
  }

  private Object value(Object[] row, String column) {
    int index = columns.indexOf(column);
    return index < 0 ? null : row[index];
  }

  /** The same text PostgreSQL's jsonb gives: ISO date-times, plain decimals. */
  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toString();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return value.toString();
  }

  private static String cut(String value) {
    return value == null || value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT);
  }
}
