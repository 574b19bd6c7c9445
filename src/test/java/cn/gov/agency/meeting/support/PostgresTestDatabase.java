package cn.gov.agency.meeting.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The integration tests' own PostgreSQL database, created fresh once per test run on the server
 * named by MEETING_TEST_DB_HOST/PORT/USER/PASSWORD (default: 127.0.0.1:5432, user postgres).
 */
public final class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final String HOST = env("MEETING_TEST_DB_HOST", "127.0.0.1");
  private static final String PORT = env("MEETING_TEST_DB_PORT", "5432");
  private static final String USER = env("MEETING_TEST_DB_USER", "postgres");
  private static final String PASSWORD = env("MEETING_TEST_DB_PASSWORD", "");
  private static final String NAME = env("MEETING_TEST_DB_NAME", "meeting_affairs_it");
  private static boolean created;

  /** An initializer rather than dynamic properties, so every integration test shares one context. */
  @Override
  public void initialize(ConfigurableApplicationContext context) {
    synchronized (PostgresTestDatabase.class) {
      if (!created) {
        recreate();
        created = true;
      }
    }
    TestPropertyValues.of(
        "spring.datasource.url=jdbc:postgresql://" + HOST + ":" + PORT + "/" + NAME,
        "spring.datasource.username=" + USER,
        "spring.datasource.password=" + PASSWORD,
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=" + TestMailServer.port()).applyTo(context);
  }

  private static void recreate() {
    if (!NAME.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalStateException("MEETING_TEST_DB_NAME must be a plain lower-case identifier");
    }
    String url = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
    try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
         Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + NAME + " with (force)");
      statement.execute("create database " + NAME + " encoding 'UTF8' template template0");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the test database on " + HOST + ":" + PORT
          + " (is PostgreSQL running? see README)", e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
