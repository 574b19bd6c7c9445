package cn.gov.agency.meeting.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.gov.agency.meeting.support.IntegrationTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real Camunda webapps in headless Chromium: {@code src/test/browser/tour.js} logs in as every
 * demo role, walks 临时会议申请 through Tasklist from applicant to leader to office, opens Cockpit and
 * Admin, and fails on a missing element or an untranslated label (English text of the webapp's
 * en.json, or one of its keys); when a role does not open on its own inbox with its count, the
 * auditor is offered an action he may not take, a refusal is not in Chinese next to its button, or
 * the 会务管理 entry does not lead to the pages and back. Screenshots of every step land in {@code target/screenshots/}
 * ({@code FAILED-<step>.png} when a step fails).
 *
 * <p>Needs Node.js and Debian's {@code chromium}; {@code .ci/run} installs both.
 */
@IntegrationTest
class WebappTourIT {

  private static final Logger LOG = LoggerFactory.getLogger(WebappTourIT.class);
  private static final Path BROWSER_DIR = Path.of("src/test/browser").toAbsolutePath();
  private static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();
  private static final String CHROMIUM = env("CHROMIUM_PATH", "/usr/bin/chromium");
  private static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration TOUR_TIMEOUT = Duration.ofMinutes(10);
  private static final String INSTALL_HINT = " (.ci/run installs Debian's chromium, fonts-noto-cjk and nodejs/npm, "
      + "then runs npm ci in src/test/browser)";

  private static final List<String> EXPECTED_SCREENSHOTS = List.of(
      "staff-tasklist", "head-tasklist", "leader-tasklist", "office-tasklist", "finance-tasklist",
      "auditor-tasklist", "camunda-admin-tasklist", "tasklist-to-pages",
      "flow-01-start-form", "flow-01c-server-refusal", "flow-02-start-form-filled", "flow-03-started",
      "flow-04-leader-inbox",
      "flow-05-other-leader-inbox", "flow-06-leader-task", "flow-06c-task-refusal", "flow-07-leader-approves", "flow-08-leader-done",
      "flow-09-office-inbox", "flow-10-office-task", "flow-11-applicant-status", "flow-12-clash-before-submitting",
      "auditor-cockpit", "auditor-cockpit-processes", "auditor-cockpit-decisions",
      "auditor-cockpit-deployments", "auditor-cockpit-process", "auditor-tasklist-task",
      "auditor-cockpit-instance", "auditor-cockpit-to-trail", "admin-cockpit-instance",
      "admin-admin", "admin-admin-users", "admin-admin-groups", "admin-admin-authorizations",
      "admin-admin-system", "api-docs");

  @LocalServerPort int port;


  @Test
  void everyRoleFindsItsWayThroughTheChineseWebapps() throws Exception {
    assertThat(Path.of(CHROMIUM)).as("Chromium at " + CHROMIUM + INSTALL_HINT).isExecutable();
    if (!Files.isDirectory(BROWSER_DIR.resolve("node_modules"))) {
      Result npm = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), NPM_TIMEOUT);
      assertThat(npm.exitCode()).as("npm ci in " + BROWSER_DIR).isZero();
    }
    deleteOldScreenshots();

    // localhost, not 127.0.0.1: the session cookie is Secure, which Chromium allows over plain
    // HTTP on localhost only.
    Result tour = run(List.of("node", "tour.js"), Map.of(
        "BASE_URL", "http://localhost:" + port,
        "SCREENSHOT_DIR", SCREENSHOTS.toString(),
        "CHROMIUM_PATH", CHROMIUM), TOUR_TIMEOUT);

    assertThat(tour.exitCode())
        .as("node tour.js exit code%n%s%n(whole output above; screenshots, FAILED-<step>.png among them, in %s)",
            String.join("\n", tour.failure()), SCREENSHOTS)
        .isZero();
    for (String name : EXPECTED_SCREENSHOTS) {
      Path file = SCREENSHOTS.resolve(name + ".png");
      assertThat(file).as("screenshot " + name).isRegularFile();
      assertThat(Files.size(file)).as("size of " + file).isPositive();
    }
  }

  /** Runs a command in src/test/browser, its output line by line into the test log, within a time limit. */
  private static Result run(List<String> command, Map<String, String> environment, Duration timeout)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(BROWSER_DIR.toFile()).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return fail("cannot run " + command.get(0) + INSTALL_HINT, e);
    }
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    Thread pump = new Thread(() -> logLines(process, command.get(0), output), "tour-output");
    pump.setDaemon(true);
    pump.start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      // Chromium runs as node's child: end the whole tree, not just node.
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      pump.join(TimeUnit.SECONDS.toMillis(5));
      return fail(String.join(" ", command) + " did not finish within " + timeout.toMinutes() + " minutes");
    }
    pump.join(TimeUnit.SECONDS.toMillis(5));
    return new Result(process.exitValue(), List.copyOf(output));
  }

  private static void logLines(Process process, String prefix, List<String> output) {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        LOG.info("[{}] {}", prefix, line);
        output.add(line);
      }
    } catch (IOException e) {
      LOG.warn("[{}] output ended: {}", prefix, e.getMessage());
    }
  }

  private record Result(int exitCode, List<String> output) {
    /** The tour's verdict: everything from its first "TOUR FAILED" line on. */
    List<String> failure() {
      for (int i = 0; i < output.size(); i++) {
        if (output.get(i).startsWith("TOUR FAILED")) {
          return output.subList(i, output.size());
        }
      }
      return output.subList(Math.max(0, output.size() - 10), output.size());
    }
  }

  /** Screenshots of an earlier run must not pass for this run's. */
  private static void deleteOldScreenshots() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    try (Stream<Path> files = Files.list(SCREENSHOTS)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".png")).toList()) {
        Files.delete(file);
      }
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
