package cn.gov.agency.meeting.reliability;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Awaitility for the tests that kill nodes. By default it hands an uncaught exception of any
 * thread to whoever is waiting; the test's SMTP server ends a connection thread with one whenever
 * a node is killed mid-conversation, so a wait (the driver's next round, a kill point, a start-up)
 * would fail of a kill it is meant to survive. Only the condition's own exceptions concern it.
 */
final class NodeAwait {

  private NodeAwait() {}

  static ConditionFactory await() {
    return Awaitility.await().dontCatchUncaughtExceptions();
  }
}
