package cn.gov.agency.meeting.tour;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.signin.SignInService;
import cn.gov.agency.meeting.support.BrowserScript;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.SampleMeetings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The project's own pages in headless Chromium ({@code src/test/browser/pages.js}), as each demo role
 * uses them: the login returns to the page asked for, every page of the role's navigation opens by
 * clicking and leads back, the office walks from 年度会议 to a meeting, its stage pages and back by
 * their breadcrumbs, the auditor reads the trail, the phone pages fit 360 px, and nothing reads in
 * English. The navigation each role is offered is judged here against what its pages let it open.
 * Screenshots in {@code target/screenshots/pages-*.png}.
 */
@IntegrationTest
class PagesTourIT {

  private static final Duration TOUR_TIMEOUT = Duration.ofMinutes(8);

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired MeetingRows meetings;
  @Autowired SignInService signIn;
  @Autowired ManagementService managementService;
  @Autowired Clock clock;

  @Test
  void everyRoleReachesItsPagesByClickingAndNothingElse() throws Exception {
    MeetingRecord meeting = preparedMeeting();
    deleteOldScreenshots();

    BrowserScript.Result result = BrowserScript.run("pages.js", Map.of(
        // localhost: Chromium keeps the session's Secure cookie over plain HTTP for localhost only.
        "BASE_URL", "http://localhost:" + port,
        "SCREENSHOT_DIR", BrowserScript.SCREENSHOTS.toString(),
        "CHROMIUM_PATH", BrowserScript.CHROMIUM,
        "MEETING_ID", String.valueOf(meeting.id())), TOUR_TIMEOUT);

    assertThat(result.output()).as("node pages.js%n%s", String.join("\n", result.output()))
        .contains("PAGES OK").noneMatch(line -> line.startsWith("PAGES FAILED"));
    assertThat(result.exitCode()).isZero();

    List<String> always = List.of("/app/my", "/app/my/notices", "/app/my/sign-in-codes", "/app/meetings",
        "/app/meetings/calendar", "/app/rooms/calendar", "/app/rooms/free", "/camunda/app/tasklist/");
    assertThat(nav(result, "wangli")).containsAll(always).contains("/app/adhoc-applications")
        .doesNotContain("/app/audit", "/app/rooms/utilisation", "/app/passing-on");
    assertThat(nav(result, "qianjun")).containsAll(always).contains("/app/rooms/utilisation")
        .doesNotContain("/app/audit", "/app/adhoc-applications", "/app/passing-on");
    assertThat(nav(result, "zhouping")).containsAll(always)
        .contains("/app/audit", "/app/rooms/utilisation", "/app/passing-on");
    assertThat(nav(result, "zhengyan")).containsAll(always)
        .doesNotContain("/app/audit", "/app/rooms/utilisation", "/app/passing-on");
    assertThat(nav(result, "shenyu")).containsAll(always)
        .contains("/app/audit", "/app/rooms/utilisation", "/app/passing-on").doesNotContain("/app/adhoc-applications");
    assertThat(nav(result, "admin")).containsAll(always).contains("/app/rooms/utilisation", "/app/passing-on")
        .doesNotContain("/app/audit");
    for (String shot : List.of("pages-wangli-home", "pages-meeting", "pages-receipts", "pages-audit-trail",
        "pages-phone-app-my", "pages-phone-app-my-notices", "pages-phone-app-my-sign-in-codes")) {
      assertThat(BrowserScript.SCREENSHOTS.resolve(shot + ".png")).as(shot).isRegularFile();
    }
  }

  /**
   * A meeting of today's list with the office's steps behind it: settled, its room booked, its notice
   * drafted and going out (王丽 has it to confirm), her sign-in code issued.
   */
  private MeetingRecord preparedMeeting() throws Exception {
    // far enough ahead that no deadline timer fires under the office's steps, within this year's list
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime inDays = now.toLocalDate().plusDays(4).atTime(10, 0);
    LocalDateTime start = inDays.getYear() == now.getYear() ? inDays : now.truncatedTo(ChronoUnit.HOURS).plusHours(3);
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", start);
    MeetingDriver driver = new MeetingDriver(context);
    driver.startAndSettle(meeting, true, false, false);
    driver.prepareVenue(meeting, "R301");
    for (int attempt = 1; ; attempt++) {
      try {
        driver.complete(meeting, "draftNotice", "zhouping", MeetingDriver.noticeDraft());
        break;
      } catch (OptimisticLockingException timerFiredMeanwhile) {
        if (attempt == 3) {
          throw timerFiredMeanwhile;
        }
      }
    }
    // the job executor may be sending already; an unreachable mail server fails its channel, which
    // the receipts page then shows retrying
    for (Job job : managementService.createJobQuery().processInstanceId(driver.instanceOf(meeting, "meetingNotice"))
        .executable().list()) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException failedChannel) {
        // left to its retries
      }
    }
    signIn.issueCodes(meeting.id(), "system");
    return meeting;
  }

  /** This script's screenshots of an earlier run must not pass for this run's. */
  private static void deleteOldScreenshots() throws IOException {
    Files.createDirectories(BrowserScript.SCREENSHOTS);
    try (Stream<Path> files = Files.list(BrowserScript.SCREENSHOTS)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("(FAILED-)?pages-.*\\.png")).toList()) {
        Files.delete(file);
      }
    }
  }

  private static List<String> nav(BrowserScript.Result result, String user) throws Exception {
    String line = result.line("NAV " + user);
    assertThat(line).as("the navigation reported for " + user).isNotNull();
    List<String> hrefs = new ArrayList<>();
    JsonNode links = new ObjectMapper().readTree(line);
    links.forEach(link -> hrefs.add(link.asText()));
    return hrefs;
  }
}
