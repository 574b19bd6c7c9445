package cn.gov.agency.meeting.audit;

import java.sql.ResultSet;
import java.sql.Statement;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts the statements the test database (H2) executes on the engine's history and identity
 * tables while some work runs, whichever layer sends them (the engine's queries or plain SQL): H2's
 * query statistics, switched on only for that while. Other tables are left out of the count so a
 * background check of open tasks cannot disturb it.
 */
final class EngineStatements {

  private EngineStatements() {}

  static long during(JdbcTemplate jdbc, Runnable work) {
    return jdbc.execute((Statement statement) -> {
      statement.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
      statement.execute("SET QUERY_STATISTICS TRUE");
      try {
        work.run();
        try (ResultSet count = statement.executeQuery("select coalesce(sum(EXECUTION_COUNT), 0)"
            + " from INFORMATION_SCHEMA.QUERY_STATISTICS where regexp_like(SQL_STATEMENT, 'ACT_(HI|ID)_', 'i')")) {
          count.next();
          return count.getLong(1);
        }
      } finally {
        // Also clears the statistics.
        statement.execute("SET QUERY_STATISTICS FALSE");
      }
    });
  }
}
