package cn.gov.agency.meeting.reliability;

import static cn.gov.agency.meeting.reliability.CrashRecoveryIT.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Two nodes of the packaged application on one PostgreSQL database (Camunda's shared-database
 * cluster), both job executors on: the meetings' tasks are completed on either node at random and
 * the notices' sending jobs run exactly once in effect. Node A's mail server accepts connections
 * and never answers, so an e-mail job A takes hangs, locked by A: A is killed (kill -9) then, and
 * node B alone takes every meeting to its end, picking up A's locked job once its lock expires.
 */
class TwoNodesIT {

  private static final int MEETINGS = 8;

  @Test
  void bothNodesWorkOnOneDatabaseAndTheSurvivorFinishesWhatTheKilledNodeHeld() throws Exception {
    try (NodeDatabase database = new NodeDatabase("nodes"); NodeMail mail = new NodeMail();
         SilentMailServer silent = new SilentMailServer();
         NodeProcess a = new NodeProcess("node-a", database, NodeSettings.of(mail, Map.of(
             "spring.mail.port", String.valueOf(silent.port()), "spring.mail.properties[mail.smtp.timeout]", "300000")));
         NodeProcess b = new NodeProcess("node-b", database, NodeSettings.of(mail, Map.of()))) {
      // One after the other: A creates the schema and runs the migrations, B joins the cluster.
      a.start();
      b.start();
      // New-task reminders go out on the thread completing a step: at A's silent server every
      // completion on A would hang. Only the notices' e-mail jobs are to meet it.
      database.jdbc().update(
          "insert into notification_preference (user_id, email_enabled) select user_id, false from person");
      NodeMeetingDriver driver = new NodeMeetingDriver(database, "N", LocalDateTime.of(2034, 3, 1, 9, 0));
      driver.add(MEETINGS);
      Live live = new Live(List.of(a, b));
      AtomicBoolean running = new AtomicBoolean(true);
      Thread driving = new Thread(() -> drive(driver, live, running), "nodes-driver");
      AtomicReference<Throwable> drivingEnded = new AtomicReference<>();
      driving.setUncaughtExceptionHandler((thread, e) -> drivingEnded.set(e));
      driving.start();

      boolean midSending = waitFor(() -> silent.connections() > 0, Duration.ofMinutes(4));
      live.nodes = List.of(b);
      List<String> lockedAtKill = database.jdbc().queryForList(
          "select id_ from act_ru_job where lock_owner_ is not null", String.class);
      a.kill();
      boolean settled = waitFor(driver::allDone, Duration.ofMinutes(4));
      running.set(false);
      driving.join(30_000);
      long lockedLeft = lockedAtKill.stream().filter(job -> database.count(
          "select count(*) from act_ru_job where id_ = ? and lock_owner_ is not null", job) > 0).count();

      NodeConsistency consistency = new NodeConsistency(database, driver, mail);
      consistency.into(new NodeFigures("nodes").put("nodes", 2).put("meetings", MEETINGS)
              .put("tasks-completed-on-a", driver.completionsByNode().getOrDefault("node-a", 0))
              .put("tasks-completed-on-b", driver.completionsByNode().getOrDefault("node-b", 0))
              .put("killed-mid-sending", midSending).put("jobs-locked-at-kill", lockedAtKill.size())
              .put("locked-jobs-left", lockedLeft)
              .put("average-startup-ms", (a.averageStartupMillis() + b.averageStartupMillis()) / 2))
          .report();
      assertThat(driver.completionsByNode()).containsKeys("node-a", "node-b");
      assertThat(midSending).as("node A took an e-mail job").isTrue();
      assertThat(lockedAtKill).as("the job node A held when killed").isNotEmpty();
      assertThat(drivingEnded.get()).as("the driver thread ended early (the meetings then wait for it)").isNull();
      assertThat(settled).as("node B finishes every meeting").isTrue();
      assertThat(lockedLeft).as("the killed node's locked jobs are taken over").isZero();
      assertThat(driver.unexpected()).isEmpty();
      assertThat(consistency.clean()).as(consistency.toString()).isTrue();
    }
  }

  /** Advances every meeting in turn, each step on a live node picked at random. */
  private static void drive(NodeMeetingDriver driver, Live live, AtomicBoolean running) {
    CrashRecoveryIT.driveRounds(running, () -> {
      boolean progressed = false;
      for (NodeMeetingDriver.Meeting meeting : driver.meetings()) {
        List<NodeProcess> nodes = live.nodes;
        try {
          progressed |= driver.advance(meeting, nodes.get(ThreadLocalRandom.current().nextInt(nodes.size())));
        } catch (RuntimeException killedMidRequest) {
          // that node was killed mid-request: the next round picks a live one
        }
      }
      return progressed;
    });
  }


  /** An SMTP port that accepts connections and never says a word: a sending job hangs there. */
  private static final class SilentMailServer implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    SilentMailServer() throws IOException {
      server = new ServerSocket(0);
      Thread accepting = new Thread(() -> {
        try {
          while (!server.isClosed()) {
            accepted.add(server.accept());
          }
        } catch (IOException closed) {
          // the test is over
        }
      }, "silent-smtp");
      accepting.setDaemon(true);
      accepting.start();
    }

    int port() {
      return server.getLocalPort();
    }

    int connections() {
      return accepted.size();
    }

    @Override
    public void close() throws IOException {
      server.close();
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }

  private static final class Live {
    volatile List<NodeProcess> nodes;

    Live(List<NodeProcess> nodes) {
      this.nodes = nodes;
    }
  }
}
