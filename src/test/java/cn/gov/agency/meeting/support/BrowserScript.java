package cn.gov.agency.meeting.support;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a Node.js script of {@code src/test/browser} (playwright-core and Debian's chromium) and
 * returns its output lines; installs the scripts' packages first when they are missing.
 */
public final class BrowserScript {

  public static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();
  public static final String CHROMIUM = env("CHROMIUM_PATH", "/usr/bin/chromium");
  private static final Logger LOG = LoggerFactory.getLogger(BrowserScript.class);
  private static final Path BROWSER_DIR = Path.of("src/test/browser").toAbsolutePath();
  private static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);

  /** What the script printed and how it ended. */
  public record Result(int exitCode, List<String> output) {

    /** The payload of the first line starting with {@code prefix + " "}, or null. */
    public String line(String prefix) {
      return output.stream().filter(l -> l.startsWith(prefix + " ")).map(l -> l.substring(prefix.length() + 1))
          .findFirst().orElse(null);
    }
  }

  private BrowserScript() {}

  public static Result run(String script, Map<String, String> environment, Duration timeout)
      throws IOException, InterruptedException {
    if (!Files.isDirectory(BROWSER_DIR.resolve("node_modules"))) {
      Result npm = exec(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), NPM_TIMEOUT);
      if (npm.exitCode() != 0) {
        return npm;
      }
    }
    return exec(List.of("node", script), environment, timeout);
  }

  private static Result exec(List<String> command, Map<String, String> environment, Duration timeout)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(BROWSER_DIR.toFile()).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    Thread pump = new Thread(() -> {
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          LOG.info("[{}] {}", command.get(0), line);
          output.add(line);
        }
      } catch (IOException e) {
        LOG.warn("[{}] output ended: {}", command.get(0), e.getMessage());
      }
    }, "browser-script-output");
    pump.setDaemon(true);
    pump.start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      // Chromium runs as node's child: end the whole tree, not just node.
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      output.add(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
      return new Result(-1, List.copyOf(output));
    }
    pump.join(TimeUnit.SECONDS.toMillis(5));
    return new Result(process.exitValue(), List.copyOf(output));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
