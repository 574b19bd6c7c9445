package cn.gov.agency.meeting.reliability;

import cn.gov.agency.meeting.support.RestClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One node of the application: the packaged jar (target/meeting-affairs-*.jar) started as an
 * operating-system process on the reliability tests' PostgreSQL database, killed with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux) and started again on the same port.
 */
final class NodeProcess implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(Long.getLong("reliability.startup-seconds", 240));
  private final String name;
  private final int port;
  private final NodeDatabase database;
  private final List<String> properties;
  private Process process;
  private int starts;
  private long startupMillis;

  /** {@code properties}: Spring properties for this test (short retry cycles, lock times, the mail server). */
  NodeProcess(String name, NodeDatabase database, Map<String, String> properties) {
    this.name = name;
    this.port = freePort();
    this.database = database;
    this.properties = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
  }

  /** Starts the process and waits until its health check answers; the time it took is kept. */
  NodeProcess start() {
    long begin = System.nanoTime();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // Start-up dominates a crash test on a small machine: a quick JIT and a small heap.
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx512m",
        "-jar", jar().toString(), "--spring.profiles.active=postgres", "--server.port=" + port));
    command.addAll(properties);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
    builder.environment().putAll(database.environment());
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    starts++;
    awaitHealthy();
    startupMillis += (System.nanoTime() - begin) / 1_000_000;
    return this;
  }

  /** kill -9: no shutdown hook, no transaction finished, no lock released. */
  void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  RestClient as(String userId) {
    return RestClient.as(userId, port);
  }

  String name() {
    return name;
  }

  int starts() {
    return starts;
  }

  long averageStartupMillis() {
    return starts == 0 ? 0 : startupMillis / starts;
  }

  /** A graceful stop at the end of a test. */
  @Override
  public void close() {
    if (alive()) {
      process.destroy();
      waitForExit();
    }
  }

  private void waitForExit() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void awaitHealthy() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
        .timeout(Duration.ofSeconds(5)).build();
    try {
      NodeAwait.await().atMost(STARTUP).pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class)
          .until(() -> {
            if (!process.isAlive()) {
              throw new IllegalStateException(name + " exited with " + process.exitValue()
                  + " during start-up, see " + logFile());
            }
            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
          });
    } catch (ConditionTimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException(name + " did not start within " + STARTUP + ", see " + logFile());
    }
  }

  private Path logFile() {
    Path dir = NodeFigures.DIRECTORY;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir.resolve(name + ".log");
  }

  static Path jar() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("meeting-affairs-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no target/meeting-affairs-*.jar: run ./mvnw package first"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
