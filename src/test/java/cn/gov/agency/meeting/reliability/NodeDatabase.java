package cn.gov.agency.meeting.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A PostgreSQL database of one reliability test, created empty before and dropped after, on the
 * server of the integration tests (MEETING_TEST_DB_HOST/PORT/USER/PASSWORD) and named after
 * MEETING_TEST_DB_NAME with a suffix, so helpers running tests at the same time never share it.
 */
final class NodeDatabase implements AutoCloseable {

  private static final String HOST = env("MEETING_TEST_DB_HOST", "127.0.0.1");
  private static final String PORT = env("MEETING_TEST_DB_PORT", "5432");
  private static final String USER = env("MEETING_TEST_DB_USER", "postgres");
  private static final String PASSWORD = env("MEETING_TEST_DB_PASSWORD", "");
  private final String name;
  private final JdbcTemplate jdbc;

  NodeDatabase(String suffix) {
    this.name = env("MEETING_TEST_DB_NAME", "meeting_affairs_it") + "_" + suffix;
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalStateException("MEETING_TEST_DB_NAME must be a plain lower-case identifier");
    }
    admin("drop database if exists " + name + " with (force)");
    admin("create database " + name + " encoding 'UTF8' template template0");
    jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://" + HOST + ":" + PORT + "/" + name, USER,
        PASSWORD));
  }

  /** What application-postgres.yaml reads. */
  Map<String, String> environment() {
    return Map.of("DB_HOST", HOST, "DB_PORT", PORT, "DB_NAME", name, "DB_USER", USER, "DB_PASSWORD", PASSWORD,
        "DB_POOL_SIZE", "6", "MEETING_COOKIE_SECURE", "false");
  }

  JdbcTemplate jdbc() {
    return jdbc;
  }

  long count(String sql, Object... args) {
    Long value = jdbc.queryForObject(sql, Long.class, args);
    return value == null ? 0 : value;
  }

  @Override
  public void close() {
    admin("drop database if exists " + name + " with (force)");
  }

  private static void admin(String sql) {
    try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres",
        USER, PASSWORD); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the reliability database on " + HOST + ":" + PORT, e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
