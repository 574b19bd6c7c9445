package cn.gov.agency.meeting.my;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.signin.SignInService;
import cn.gov.agency.meeting.support.BrowserScript;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 我的会议 in headless Chromium at a phone's size (390×844) on PostgreSQL: 王丽 sees her own meeting
 * (with her sign-in QR code) and the one she attends as a substitute, never a meeting she is not
 * on, nor a confidential one; the page fits the phone's width. The screenshot stays in
 * target/screenshots/my-page-wangli.png.
 */
@IntegrationTest
class MyMeetingsPageIT {

  @LocalServerPort int port;
  @Autowired MeetingRows meetings;
  @Autowired SignInService signIn;
  @Autowired Clock clock;

  @Test
  void onAPhoneWangliSeesOnlyHerMeetingsAndNothingIsWiderThanTheScreen() throws Exception {
    String stamp = String.valueOf(System.nanoTime() % 1_000_000);
    LocalDateTime soon = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusMinutes(20);
    MeetingRecord mine = meeting("我的部署会" + stamp, soon, "wangli", "fenggang");
    MeetingRecord substitute = meeting("代会的协调会" + stamp, soon.plusDays(2), "chenjing", "chuwei");
    Attendee chenjing = meetings.attendees(substitute.id()).get(0);
    meetings.grantLeave(substitute.id(), chenjing.id(), "wangli");
    MeetingRecord others = meeting("别人的会" + stamp, soon.plusDays(1), "chenjing", "fenggang");
    MeetingRecord secret = meeting("涉密专题会" + stamp, soon.plusDays(3), "fenggang", "qianjun");
    meetings.updateConfidential(secret.id(), true);
    signIn.issueCodes(mine.id(), "system");

    BrowserScript.Result result = BrowserScript.run("my-page.js", Map.of(
        // localhost: Chromium keeps the session's Secure cookie over plain HTTP for localhost only.
        "BASE_URL", "http://localhost:" + port,
        "SCREENSHOT_DIR", BrowserScript.SCREENSHOTS.toString(),
        "CHROMIUM_PATH", BrowserScript.CHROMIUM,
        "MY_USER", "wangli"), Duration.ofMinutes(3));

    assertThat(result.exitCode()).as("node my-page.js%n%s", String.join("\n", result.output())).isZero();
    JsonNode page = new ObjectMapper().readTree(result.line("MY-PAGE"));
    List<Long> shown = new ArrayList<>();
    page.get("meetingIds").forEach(id -> shown.add(id.asLong()));
    assertThat(shown).contains(mine.id(), substitute.id()).doesNotContain(others.id(), secret.id());
    // Whatever else the shared database holds, every card is a meeting 王丽 is on the list of.
    assertThat(shown).allSatisfy(id -> assertThat(meetings.attendees(id))
        .anyMatch(a -> "wangli".equals(a.personUserId())));
    assertThat(page.get("meetingTitles").toString()).doesNotContain("别人的会" + stamp, "涉密专题会" + stamp);
    assertThat(page.get("scrollWidth").asInt()).as("no horizontal scrolling at 390 px").isLessThanOrEqualTo(390);
    assertThat(page.get("qrImages").asInt()).isPositive();
    assertThat(page.get("qrImagesLoaded").asInt()).isEqualTo(page.get("qrImages").asInt());
    Path screenshot = BrowserScript.SCREENSHOTS.resolve("my-page-wangli.png");
    assertThat(screenshot).isRegularFile();
    assertThat(Files.size(screenshot)).isPositive();

    // The same page over HTTP as another participant: the confidential meeting's title never leaks.
    String chenjingsPage = RestClient.as("chenjing", port).getPage("/app/my").body();
    assertThat(chenjingsPage).contains("别人的会" + stamp).doesNotContain("涉密专题会" + stamp, "我的部署会" + stamp);
  }

  private MeetingRecord meeting(String title, LocalDateTime start, String... people) {
    return meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", title, "policy", start,
        start.plusMinutes(90), "三楼第二会议室", "演练", new BigDecimal("0.00"),
        java.util.Arrays.stream(people).map(Participant::person).toList(), "zhouping"), LocalDateTime.now(clock));
  }
}
