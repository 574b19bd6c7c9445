package cn.gov.agency.meeting.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's own PostgreSQL database: created empty before the run, dropped after it, and the
 * server's statistics about it (rows inserted per table, transactions committed).
 */
final class BenchDatabase {

  /** PostgreSQL reports a backend's statistics at most this long after its transactions (PGSTAT_IDLE_INTERVAL). */
  private static final long STATS_DELAY_MS = 11_000;

  final String host = env("MEETING_BENCH_DB_HOST", "127.0.0.1");
  final String port = env("MEETING_BENCH_DB_PORT", "5432");
  final String user = env("MEETING_BENCH_DB_USER", "postgres");
  final String password = env("MEETING_BENCH_DB_PASSWORD", "");
  final String name = env("MEETING_BENCH_DB_NAME", "meeting_bench");

  BenchDatabase() {
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalStateException("MEETING_BENCH_DB_NAME must be a plain lower-case identifier");
    }
  }

  String url() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + name;
  }

  void recreate() {
    admin("drop database if exists " + name + " with (force)");
    admin("create database " + name + " encoding 'UTF8' template template0");
  }

  void drop() {
    admin("drop database if exists " + name + " with (force)");
  }

  /** Rows inserted so far per table, once the server has caught up with every connection's counts. */
  static Map<String, Long> insertedRows(JdbcTemplate jdbc) {
    waitForStatistics();
    Map<String, Long> rows = new TreeMap<>();
    jdbc.query("select relname, n_tup_ins from pg_stat_user_tables", rs -> {
      rows.put(rs.getString(1).toLowerCase(), rs.getLong(2));
    });
    return rows;
  }

  static long committedTransactions(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select xact_commit from pg_stat_database where datname = current_database()",
        Long.class);
  }

  static void waitForStatistics() {
    try {
      Thread.sleep(STATS_DELAY_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void admin(String sql) {
    try (Connection connection = DriverManager.getConnection(
        "jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
         Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run '" + sql + "' on " + host + ":" + port, e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
