package cn.gov.agency.meeting.reliability;

import static cn.gov.agency.meeting.reliability.CrashRecoveryIT.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mail server unreachable (connection refused) while notices go out, on the packaged
 * application over PostgreSQL: each e-mail step is tried as often as configured, then becomes an
 * incident that Cockpit lists (/engine-rest/incident); when the server is back and the
 * administrator gives the jobs another try, every participant gets the notice exactly once.
 */
class ChannelDownIT {

  private static final int TRIES = 3;
  private static final int MEETINGS = 2;
  private static final String INCIDENTS = "/engine-rest/incident?activityId=sendNoticeByEmail";

  @Test
  void anUnreachableMailServerBecomesAnIncidentAndTheNoticesGoOutOnceWhenItIsBack() {
    try (NodeDatabase database = new NodeDatabase("channel"); NodeMail mail = new NodeMail();
         NodeProcess node = new NodeProcess("channel-node", database,
             NodeSettings.of(mail, Map.of("meeting.notice.retry-cycle", "R" + TRIES + "/PT2S")))) {
      node.start();
      mail.down();
      NodeMeetingDriver driver = new NodeMeetingDriver(database, "C", LocalDateTime.of(2033, 3, 1, 9, 0));
      driver.add(MEETINGS);
      RestClient admin = node.as("admin");

      assertThat(waitFor(() -> {
        driver.meetings().forEach(meeting -> driver.advance(meeting, node));
        return admin.get(INCIDENTS).json().size() == MEETINGS;
      }, Duration.ofMinutes(4))).as("an incident per notice once the tries are used up").isTrue();
      List<String> jobs = new ArrayList<>();
      for (JsonNode incident : admin.get(INCIDENTS).json()) {
        assertThat(incident.get("incidentType").asText()).isEqualTo("failedJob");
        assertThat(incident.get("incidentMessage").asText()).contains("电子邮件发送失败");
        jobs.add(incident.get("configuration").asText());
      }
      long failedTries = database.count("""
          select count(*) from act_hi_job_log where act_id_ = 'sendNoticeByEmail' and job_exception_msg_ is not null""");
      assertThat(failedTries).as("tries per job as configured").isEqualTo((long) TRIES * MEETINGS);
      assertThat(mail.received()).noneMatch(m -> m.subject().startsWith("【会议通知】"));
      assertThat(database.count("select count(*) from notice_delivery where channel = 'EMAIL'"))
          .as("nothing recorded as sent while the server was down").isZero();

      mail.up();
      for (String job : jobs) {
        assertThat(admin.put("/engine-rest/job/" + job + "/retries", Map.of("retries", 1)).status()).isEqualTo(204);
      }
      boolean settled = waitFor(() -> {
        driver.meetings().forEach(meeting -> driver.advance(meeting, node));
        return driver.allDone();
      }, Duration.ofMinutes(3));

      NodeConsistency consistency = new NodeConsistency(database, driver, mail);
      long notices = mail.received().stream().filter(m -> m.subject().startsWith("【会议通知】")).count();
      consistency.into(new NodeFigures("channel").put("meetings", MEETINGS).put("failed-tries", failedTries)
              .put("incidents", jobs.size()).put("incidents-after-resolution", admin.get(INCIDENTS).json().size())
              .put("notice-mails-after-recovery", notices).put("average-startup-ms", node.averageStartupMillis()))
          .report();
      assertThat(settled).as("the notices went out and the meetings went on").isTrue();
      assertThat(admin.get(INCIDENTS).json()).isEmpty();
      assertThat(notices).as("one notice per participant with an address")
          .isEqualTo(database.count("select count(*) from notice_delivery where channel = 'EMAIL' and status = 'SENT'"))
          .isPositive();
      assertThat(driver.unexpected()).isEmpty();
      assertThat(consistency.clean()).as(consistency.toString()).isTrue();
    }
  }
}
