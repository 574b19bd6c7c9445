package cn.gov.agency.meeting.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * kill -9 at random points of many meetings' lifecycles, on the packaged application over
 * PostgreSQL: while a task completion is in flight, while the job executor holds a job, while a
 * notice is going out by e-mail. After each kill the node is started again and every meeting goes
 * on from its last committed state; at the end nothing a node answered as done is lost, no task or
 * job exists twice, nobody got a notice twice, no business record is half-written.
 * <p>
 * The build kills it 20 times (each kill costs a restart of the application, ~11–20 s here);
 * {@code ./mvnw -B verify -Psoak -Dreliability.kills=N} runs only this suite with N kills.
 */
class CrashRecoveryIT {

  private static final int KILLS = Integer.getInteger("reliability.kills", 20);
  private static final Duration TRIGGER_WAIT = Duration.ofSeconds(12);
  private static final Duration SETTLE = Duration.ofMinutes(4);
  private static final int OPEN_MEETINGS = 4;

  enum KillPoint { TASK_COMPLETION, JOB, NOTICE_SENDING }

  @Test
  void everyMeetingGoesOnFromItsLastCommittedStateAfterEachKill() throws Exception {
    try (NodeDatabase database = new NodeDatabase("crash"); NodeMail mail = new NodeMail();
         NodeProcess node = new NodeProcess("crash-node", database, NodeSettings.of(mail, Map.of()))) {
      node.start();
      NodeMeetingDriver driver = new NodeMeetingDriver(database, "K", LocalDateTime.of(2032, 3, 1, 9, 0));
      driver.add(OPEN_MEETINGS);
      AtomicBoolean running = new AtomicBoolean(true);
      Thread driving = new Thread(() -> drive(driver, node, running), "crash-driver");
      AtomicReference<Throwable> drivingEnded = new AtomicReference<>();
      driving.setUncaughtExceptionHandler((thread, e) -> drivingEnded.set(e));
      driving.start();

      Map<KillPoint, Integer> hit = new EnumMap<>(KillPoint.class);
      Map<KillPoint, Integer> timedOut = new EnumMap<>(KillPoint.class);
      for (int kill = 0; kill < KILLS; kill++) {
        if (driver.openMeetings() < OPEN_MEETINGS) {
          driver.add((int) (OPEN_MEETINGS - driver.openMeetings()));
        }
        KillPoint point = KillPoint.values()[kill % KillPoint.values().length];
        int mailsBefore = mail.received().size();
        boolean triggered = waitFor(switch (point) {
          case TASK_COMPLETION -> driver::completionInFlight;
          case JOB -> () -> database.count("select count(*) from act_ru_job where lock_owner_ is not null") > 0;
          case NOTICE_SENDING -> () -> mail.received().size() > mailsBefore;
        });
        node.kill();
        (triggered ? hit : timedOut).merge(point, 1, Integer::sum);
        node.start();
      }

      boolean settled = waitFor(driver::allDone, SETTLE);
      running.set(false);
      driving.join(30_000);
      NodeConsistency consistency = new NodeConsistency(database, driver, mail);
      String line = consistency.into(new NodeFigures("crash").put("kills", KILLS)
              .put("kills-mid-task-completion", hit.getOrDefault(KillPoint.TASK_COMPLETION, 0))
              .put("kills-mid-job", hit.getOrDefault(KillPoint.JOB, 0))
              .put("kills-mid-notice-sending", hit.getOrDefault(KillPoint.NOTICE_SENDING, 0))
              .put("kills-at-random", timedOut.values().stream().mapToInt(Integer::intValue).sum())
              .put("meetings", driver.meetings().size())
              .put("meetings-completed", driver.meetings().stream().filter(m -> m.done).count())
              .put("tasks-completed-by-driver", driver.completedTasks().size())
              .put("average-startup-ms", node.averageStartupMillis()))
          .report();
      assertThat(driver.unexpected()).as("answers the driver did not expect").isEmpty();
      assertThat(drivingEnded.get()).as("the driver thread ended early (the meetings then wait for it)").isNull();
      assertThat(settled).as("every meeting reaches 核实通知到位 after the last restart: " + line).isTrue();
      assertThat(consistency.clean()).as(consistency.toString()).isTrue();
    }
  }

  /** Advances every open meeting in turn; while the node is down, waits for it to answer again. */
  static void drive(NodeMeetingDriver driver, NodeProcess node, AtomicBoolean running) {
    driveRounds(running, () -> {
      boolean progressed = false;
      for (NodeMeetingDriver.Meeting meeting : driver.meetings()) {
        try {
          progressed |= running.get() && driver.advance(meeting, node);
        } catch (RuntimeException nodeDown) {
          // the node is being killed or restarted: the next round tries again
        }
      }
      return progressed;
    });
  }

  /** Runs rounds until stopped; a round that moved nothing (node down, nothing due yet) waits for the next poll. */
  static void driveRounds(AtomicBoolean running, BooleanSupplier round) {
    while (running.get()) {
      NodeAwait.await().forever().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
          .until(() -> !running.get() || round.getAsBoolean());
    }
  }

  static boolean waitFor(BooleanSupplier condition) {
    return waitFor(condition, TRIGGER_WAIT);
  }

  /** True as soon as the moment comes (polled finely: a kill point lasts milliseconds), false if it does not. */
  static boolean waitFor(BooleanSupplier condition, Duration atMost) {
    try {
      NodeAwait.await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
          .until(condition::getAsBoolean);
      return true;
    } catch (ConditionTimeoutException notThisTime) {
      return false;
    }
  }
}
