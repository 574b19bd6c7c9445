package cn.gov.agency.meeting.support;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * Waits, bounded, for what the running application does on its own (the job executor sending a
 * notice, closing a stage): the integration tests check a condition, never sleep a fixed time.
 */
public final class Eventually {

  private static final Duration AT_MOST = Duration.ofSeconds(90);

  private Eventually() {}

  /** The first value of {@code probe} that satisfies {@code done}; fails naming {@code what} after 90 s. */
  public static <T> T until(String what, Callable<T> probe, Predicate<? super T> done) {
    return Awaitility.await(what).atMost(AT_MOST).pollInterval(Duration.ofMillis(200)).until(probe, done::test);
  }
}
