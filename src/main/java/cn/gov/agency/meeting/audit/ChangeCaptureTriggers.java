package cn.gov.agency.meeting.audit;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * After every migration, attaches the change capture to every project table, the ones added since
 * included: whatever code updates or deletes a row, the change log records it (who, when, old → new),
 * so no feature can forget to log and none can write around it. The engine's own tables have their
 * history; the logs themselves are not captured.
 */
@Component
class ChangeCaptureTriggers implements Callback {

  /** Append-only logs and the migration bookkeeping: capturing them would log the log. */
  static final Set<String> NOT_CAPTURED = Set.of("flyway_schema_history", "record_change", "meeting_event",
      "task_notification");

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.AFTER_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    Connection connection = context.getConnection();
    try {
      boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
          .contains("postgres");
      try (Statement statement = connection.createStatement()) {
        for (String table : capturedTables(connection)) {
          statement.execute(postgres
              ? postgresTrigger(table, binaryColumns(connection, table), pathToMeeting(connection, table))
              : h2Trigger(table));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the change capture could not be attached", e);
    }
  }

  @Override
  public String getCallbackName() {
    return "changeCaptureTriggers";
  }

  static List<String> capturedTables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%",
        new String[] {"TABLE"})) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!table.startsWith("act_") && !NOT_CAPTURED.contains(table)) {
          tables.add(table);
        }
      }
    }
    return tables;
  }

  /** File contents stay out of the log: their checksum and size are recorded beside them. */
  static List<String> binaryColumns(Connection connection, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    DatabaseMetaData metaData = connection.getMetaData();
    try (ResultSet rs = metaData.getColumns(null, connection.getSchema(), exactName(metaData, table), "%")) {
      while (rs.next()) {
        if (isBinary(rs.getInt("DATA_TYPE"))) {
          columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return columns;
  }

  static boolean isBinary(int sqlType) {
    return sqlType == Types.BINARY || sqlType == Types.VARBINARY || sqlType == Types.LONGVARBINARY
        || sqlType == Types.BLOB;
  }

  /** One step from a row to the row it belongs to: its foreign key column and the parent table. */
  record Hop(String column, String parentTable) {}

  /**
   * How a row of a table without a meeting_id reaches its meeting: the shortest chain of foreign keys
   * to a table that has one (an invoice → its item → its claim → the meeting). Empty if there is none.
   */
  static List<Hop> pathToMeeting(Connection connection, String table) throws SQLException {
    if (hasMeetingId(connection, table)) {
      return List.of();
    }
    List<List<Hop>> paths = new ArrayList<>(List.of(List.of()));
    for (int depth = 0; depth < 3; depth++) {
      List<List<Hop>> longer = new ArrayList<>();
      for (List<Hop> path : paths) {
        String from = path.isEmpty() ? table : path.get(path.size() - 1).parentTable();
        for (Hop hop : parents(connection, from)) {
          List<Hop> next = new ArrayList<>(path);
          next.add(hop);
          if (hasMeetingId(connection, hop.parentTable())) {
            return next;
          }
          longer.add(next);
        }
      }
      paths = longer;
    }
    return List.of();
  }

  private static List<Hop> parents(Connection connection, String table) throws SQLException {
    List<Hop> hops = new ArrayList<>();
    DatabaseMetaData metaData = connection.getMetaData();
    try (ResultSet rs = metaData.getImportedKeys(null, connection.getSchema(), exactName(metaData, table))) {
      while (rs.next()) {
        if ("id".equalsIgnoreCase(rs.getString("PKCOLUMN_NAME"))) {
          hops.add(new Hop(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
              rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT)));
        }
      }
    }
    return hops;
  }

  private static boolean hasMeetingId(Connection connection, String table) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    try (ResultSet rs = metaData.getColumns(null, connection.getSchema(), exactName(metaData, table),
        exactName(metaData, "meeting_id"))) {
      return rs.next();
    }
  }

  private static String exactName(DatabaseMetaData metaData, String table) throws SQLException {
    return metaData.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
  }

  // Replaced each time: a column added to a table since is then left out or captured as it should be.
  private static String postgresTrigger(String table, List<String> binaryColumns, List<Hop> pathToMeeting) {
    String hops = String.join(",", pathToMeeting.stream().map(h -> h.column() + ":" + h.parentTable()).toList());
    return "create or replace trigger " + table + "_record_change after update or delete on " + table
        + " for each row execute function record_change_capture('" + String.join(",", binaryColumns) + "', '"
        + hops + "')";
  }

  private static String h2Trigger(String table) {
    return "create trigger if not exists " + table + "_record_change after update, delete on " + table
        + " for each row call \"" + H2RecordChangeTrigger.class.getName() + "\"";
  }
}
