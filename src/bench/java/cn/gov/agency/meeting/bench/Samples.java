package cn.gov.agency.meeting.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latencies in nanoseconds and their percentiles in milliseconds (nearest rank). */
public record Samples(List<Long> nanos, int timedOut) {

  public static Samples of(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return new Samples(List.copyOf(sorted), 0);
  }

  public double percentileMs(double percentile) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * nanos.size());
    return nanos.get(Math.max(0, Math.min(nanos.size() - 1, rank - 1))) / 1e6;
  }

  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("count", nanos.size());
    if (timedOut > 0) {
      summary.put("timedOut", timedOut);
    }
    summary.put("p50Ms", Benchmark.round(percentileMs(50)));
    summary.put("p95Ms", Benchmark.round(percentileMs(95)));
    summary.put("p99Ms", Benchmark.round(percentileMs(99)));
    summary.put("maxMs", Benchmark.round(nanos.isEmpty() ? Double.NaN : nanos.get(nanos.size() - 1) / 1e6));
    return summary;
  }

  /**
   * Times {@code runs} calls after {@code warmUp} untimed ones, stopping early once {@link #BUDGET_NANOS}
   * are spent (a call slower than {@link #SLOW_NANOS} is kept even as a warm-up): at 100,000 open
   * tasks one inbox query can take minutes, and the run must end. A call that fails (e.g. cancelled
   * by {@link QueryWatchdog}) counts with its time and as timed out.
   */
  public static Samples time(int warmUp, int runs, Runnable call) {
    List<Long> nanos = new ArrayList<>(runs);
    int failed = 0;
    long started = System.nanoTime();
    for (int i = 0; i < warmUp + runs; i++) {
      long callStarted = System.nanoTime();
      try {
        call.run();
      } catch (RuntimeException e) {
        failed++;
      }
      long took = System.nanoTime() - callStarted;
      if (i >= warmUp || took > SLOW_NANOS) {
        nanos.add(took);
      }
      if (!nanos.isEmpty() && System.nanoTime() - started > BUDGET_NANOS) {
        break;
      }
    }
    Samples samples = of(nanos);
    return failed == 0 ? samples : new Samples(samples.nanos(), failed);
  }

  private static final long BUDGET_NANOS = 10_000_000_000L;
  private static final long SLOW_NANOS = 2_000_000_000L;
}
