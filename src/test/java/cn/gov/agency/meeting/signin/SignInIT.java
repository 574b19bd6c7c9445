package cn.gov.agency.meeting.signin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in over real HTTP on PostgreSQL, for a meeting starting in a few minutes (inside the window
 * by the default 30 minutes): the QR code decodes to the sign-in address, someone else's code is
 * refused, and two simultaneous uses of one code succeed exactly once.
 */
@IntegrationTest
class SignInIT {

  @LocalServerPort int port;
  @Autowired MeetingRows meetings;
  @Autowired RuntimeService runtimeService;
  @Autowired Clock clock;

  @Test
  void ownCodeOnlyOnceEvenWhenUsedTwiceAtTheSameMoment() throws Exception {
    LocalDateTime start = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusMinutes(10);
    MeetingRecord meeting = meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", "签到演练会", "policy", start,
        start.plusMinutes(90), "三楼第二会议室", "签到演练", new BigDecimal("0.00"),
        List.of(Participant.person("fenggang"), Participant.person("wangli"), Participant.guest("张三", "市财政局")),
        "zhouping"), LocalDateTime.now(clock));
    String instanceId = runtimeService.startProcessInstanceByKey(SignInVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();
    try {
      RestClient fenggang = RestClient.as("fenggang", port);
      RestClient wangli = RestClient.as("wangli", port);
      RestClient office = RestClient.as("zhouping", port);

      JsonNode own = fenggang.get("/api/meetings/" + meeting.id() + "/sign-in-code").json();
      String code = own.get("code").asText();
      assertThat(own.get("url").asText()).isEqualTo("http://localhost:8080/app/sign-in/" + code);
      assertThat(SignInQrCodesTest.read(png("fenggang", "/api/sign-in-codes/" + code + "/qr.png")))
          .isEqualTo(own.get("url").asText());
      assertThat(wangli.get("/api/sign-in-codes/" + code + "/qr.png").status()).isEqualTo(403);
      assertThat(fenggang.getPage("/app/my/sign-in-codes").body()).contains("签到演练会", code);

      RestClient.Response proxy = wangli.post("/api/sign-in", Map.of("code", code));
      assertThat(proxy.status()).isEqualTo(403);
      assertThat(proxy.json().get("reason").asText()).isEqualTo("NOT_YOURS");
      assertThat(proxy.json().get("detail").asText()).contains("不得代签");

      List<RestClient.Response> answers = simultaneously(() -> fenggang.post("/api/sign-in",
          Map.of("code", code, "meetingId", meeting.id())), 2);
      assertThat(answers).extracting(RestClient.Response::status).containsExactlyInAnyOrder(200, 409);
      RestClient.Response twice = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
      assertThat(twice.json().get("reason").asText()).isEqualTo("ALREADY_SIGNED_IN");

      long guest = meetings.attendees(meeting.id()).stream().filter(a -> a.isGuest()).findFirst().orElseThrow().id();
      assertThat(wangli.post("/api/meetings/" + meeting.id() + "/sign-in/desk", Map.of("attendeeId", guest)).status())
          .isEqualTo(403);
      assertThat(office.post("/api/meetings/" + meeting.id() + "/sign-in/desk",
          Map.of("attendeeId", guest, "note", "核验工作证")).json().get("method").asText()).isEqualTo("DESK");

      JsonNode sheet = office.get("/api/meetings/" + meeting.id() + "/attendance").json();
      assertThat(sheet.get("rows").get(0).get("name").asText()).isEqualTo("冯刚");
      assertThat(sheet.get("rows").get(0).get("method").asText()).isEqualTo("SELF_SCAN");
      assertThat(sheet.get("rows").get(2).get("verifiedBy").asText()).isEqualTo("周萍");
      assertThat(sheet.get("totals").get("absent").asInt()).isEqualTo(1);
      assertThat(office.getPage("/app/meetings/" + meeting.id() + "/sign-in-sheet").body())
          .contains("签到表", "冯刚", "本人扫码", "现场核验", "市财政局");
      assertThat(RestClient.as("heqing", port).get("/api/meetings/" + meeting.id() + "/attendance").status())
          .isEqualTo(403);
      meetings.updateConfidential(meeting.id(), true);
      assertThat(RestClient.as("heqing", port).get("/api/meetings/" + meeting.id() + "/attendance").status())
          .isEqualTo(403);
      assertThat(RestClient.as("shenyu", port).get("/api/meetings/" + meeting.id() + "/attendance").status())
          .isEqualTo(200);
    } finally {
      runtimeService.deleteProcessInstance(instanceId, "integration test done");
    }
  }

  private static List<RestClient.Response> simultaneously(java.util.function.Supplier<RestClient.Response> call,
      int times) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(times);
    try {
      CountDownLatch gate = new CountDownLatch(1);
      List<Future<RestClient.Response>> futures = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        futures.add(pool.submit(() -> {
          gate.await();
          return call.get();
        }));
      }
      gate.countDown();
      List<RestClient.Response> answers = new ArrayList<>();
      for (Future<RestClient.Response> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private byte[] png(String userId, String path) throws Exception {
    String token = Base64.getEncoder().encodeToString((userId + ":demo").getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + token).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
    return response.body();
  }
}
