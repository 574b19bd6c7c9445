package cn.gov.agency.meeting.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cancels task queries running longer than {@link #LIMIT_SECONDS} while it is open: with the
 * engine's per-task grants one inbox count can run for minutes at 100,000 open tasks; the figure
 * is then "over the limit" (a timed-out sample) instead of a run that never ends.
 */
final class QueryWatchdog implements AutoCloseable {

  static final int LIMIT_SECONDS = 15;

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "bench-query-watchdog");
    thread.setDaemon(true);
    return thread;
  });

  QueryWatchdog(JdbcTemplate jdbc) {
    timer.scheduleWithFixedDelay(() -> jdbc.queryForList("""
        select pg_cancel_backend(pid) from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid() and state = 'active'
           and query like '%from ACT_RU_TASK RES%' and now() - query_start > make_interval(secs => ?)""",
        LIMIT_SECONDS), 5, 5, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
