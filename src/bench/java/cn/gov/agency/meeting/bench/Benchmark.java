package cn.gov.agency.meeting.bench;

import cn.gov.agency.meeting.MeetingAffairsApplication;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark of issue 8: the real application on its own PostgreSQL database (history full,
 * authorization on), measuring at N, 4N and 16N the meeting lifecycle against a bare BPMN of the
 * same shape, then the inbox, the audit trail, room booking and the project's pages with growing data.
 *
 * <p>Options: {@code --n=10} (lifecycles of the first step), {@code --quick} (smoke run: n=2 and a
 * tenth of the data), {@code --out=docs} (folder of benchmark-results.json), {@code --keep-db},
 * {@code --only=pages} (some of lifecycle, booking, inbox, pages; booking needs lifecycle; the inbox alone skips the trail of a lifecycle).
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    BenchDatabase database = new BenchDatabase();
    database.recreate();
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("date", Instant.now().toString());
    results.put("gitCommit", gitCommit());
    results.put("machine", machine());
    results.put("settings", options.describe(database));
    System.out.println("benchmark: database " + database.name + ", " + options.describe(database));
    // System properties: above the postgres profile's file, which names the production database.
    Map.of(
        "spring.datasource.url", database.url(),
        "spring.datasource.username", database.user,
        "spring.datasource.password", database.password,
        // The driver runs each job itself, as the process tests do: no background work in the figures.
        "camunda.bpm.job-execution.enabled", "false",
        "meeting.notification.email-enabled", "false",
        "logging.level.root", "WARN",
        // The real application with its web layer (the REST starter needs it) on a free port nobody uses.
        "server.port", "0").forEach(System::setProperty);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(MeetingAffairsApplication.class,
        BenchConfiguration.class)
        .profiles("postgres")
        .run();
    try {
      results.put("engine", EngineSettings.describe(context));
      // Written after each part, so that a run stopped later keeps what it measured.
      if (options.runs("lifecycle")) {
        results.put("lifecycle", new LifecycleBench(context, options).run());
        write(options, results);
      }
      if (options.runs("booking")) {
        results.put("booking", new BookingBench(context, options).run());
        write(options, results);
      }
      if (options.runs("inbox")) {
        results.put("inbox", new InboxBench(context, options).run());
        write(options, results);
      }
      if (options.runs("pages")) {
        results.put("pages", new PagesBench(context, options).run());
      }
    } finally {
      context.close();
      if (!options.keepDatabase()) {
        database.drop();
      }
    }
    write(options, results);
  }

  private static void write(Options options, Map<String, Object> results) throws IOException {
    Path out = Path.of(options.out());
    Files.createDirectories(out);
    Path file = out.resolve(options.quick() ? "benchmark-results-quick.json" : "benchmark-results.json");
    String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results);
    Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    System.out.println("benchmark: results written to " + file);
  }

  static double round(double value) {
    return Double.isNaN(value) ? value : Math.round(value * 100.0) / 100.0;
  }

  static void log(String message) {
    System.out.println(Instant.now() + " benchmark: " + message);
  }

  private static Map<String, Object> machine() throws IOException {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    machine.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
    Path cpu = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpu)) {
      Files.readAllLines(cpu).stream().filter(line -> line.startsWith("model name")).findFirst()
          .ifPresent(line -> machine.put("cpu", line.substring(line.indexOf(':') + 1).trim()));
    }
    Path memory = Path.of("/proc/meminfo");
    if (Files.isReadable(memory)) {
      Files.readAllLines(memory).stream().filter(line -> line.startsWith("MemTotal")).findFirst()
          .ifPresent(line -> machine.put("memory", line.substring(line.indexOf(':') + 1).trim()));
    }
    return machine;
  }

  private static String gitCommit() {
    try {
      Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
      String commit = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return git.waitFor() == 0 ? commit : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  /** {@code dataScale}: the share of the full data sizes (100k tasks, 1M activity rows, 100k bookings). */
  record Options(int n, boolean quick, double dataScale, String out, boolean keepDatabase, List<String> only) {

    static Options parse(String[] args) {
      int n = 3;
      boolean quick = false;
      String out = "docs";
      boolean keep = false;
      List<String> only = List.of();
      for (String arg : args) {
        if (arg.equals("--quick")) {
          quick = true;
          n = 2;
        } else if (arg.startsWith("--n=")) {
          n = Integer.parseInt(arg.substring(4));
        } else if (arg.startsWith("--out=")) {
          out = arg.substring(6);
        } else if (arg.equals("--keep-db")) {
          keep = true;
        } else if (arg.startsWith("--only=")) {
          only = List.of(arg.substring(7).split(","));
          if (only.contains("booking") && !only.contains("lifecycle")) {
            throw new IllegalArgumentException("--only=booking needs lifecycle too (it books for a held meeting)");
          }
        } else {
          throw new IllegalArgumentException("unknown option " + arg
              + " (known: --n=, --quick, --out=, --keep-db, --only=lifecycle,booking,inbox,pages)");
        }
      }
      if (n < 1) {
        throw new IllegalArgumentException("--n must be at least 1");
      }
      return new Options(n, quick, quick ? 0.1 : 1.0, out, keep, only);
    }

    /** Whether the run measures {@code part}: every part unless {@code --only=} names some. */
    boolean runs(String part) {
      return only.isEmpty() || only.contains(part);
    }

    List<Integer> steps() {
      return new ArrayList<>(List.of(n, 4 * n, 16 * n));
    }

    int scaled(int full) {
      return (int) Math.round(full * dataScale);
    }

    Map<String, Object> describe(BenchDatabase database) {
      Map<String, Object> settings = new LinkedHashMap<>();
      settings.put("command", quick ? "./mvnw -B -Pbenchmark verify -Dbench.args=--quick"
          : "./mvnw -B -Pbenchmark verify");
      settings.put("n", n);
      settings.put("steps", steps());
      settings.put("dataScale", dataScale);
      settings.put("database", "PostgreSQL " + database.host + ":" + database.port + "/" + database.name);
      settings.put("threads", 1);
      if (!only.isEmpty()) {
        settings.put("only", only);
      }
      return settings;
    }
  }
}
