package cn.gov.agency.meeting.seating;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The seat chart over HTTP on PostgreSQL: only the office arranges it, a participant reads it, someone
 * not entitled to a confidential meeting gets nothing, bad input is a 400 naming the field.
 */
@IntegrationTest
class SeatingIT {

  @LocalServerPort int port;
  @Autowired MeetingRows meetings;
  @Autowired Clock clock;

  @Test
  void theOfficeArrangesParticipantsReadAndOthersAreRefused() {
    LocalDateTime start = LocalDateTime.of(2047, 5, 6, 9, 0);
    MeetingRecord meeting = meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", "座次演练会", "policy",
        start, start.plusHours(2), "一楼大会议室", "座次", new BigDecimal("0.00"),
        List.of(Participant.person("fenggang"), Participant.person("wangli"), Participant.person("zhaoqiang"),
            Participant.person("qianjun"), Participant.guest("张三", "市财政局")), "zhouping"),
        LocalDateTime.now(clock));
    meetings.updateConfidential(meeting.id(), true);
    String base = "/api/meetings/" + meeting.id() + "/seating";
    RestClient office = RestClient.as("zhouping", port);
    RestClient participant = RestClient.as("wangli", port);

    assertThat(participant.post(base, Map.of()).status()).isEqualTo(403);
    RestClient.Response generated = office.post(base, Map.of());
    assertThat(generated.status()).isEqualTo(200);
    JsonNode rostrum = generated.json().get("rostrum");
    assertThat(List.of(rostrum.get(0).get("name").asText(), rostrum.get(1).get("name").asText()))
        .containsExactly("钱军", "赵强");

    RestClient.Response bad = office.post(base, Map.of("rostrum", List.of("heqing")));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("violations").get(0).get("field").asText()).isEqualTo("rostrum");
    long first = rostrum.get(0).get("id").asLong();
    long second = rostrum.get(1).get("id").asLong();
    assertThat(participant.post(base + "/swap", Map.of("first", first, "second", second)).status()).isEqualTo(403);
    assertThat(office.post(base + "/swap", Map.of("first", first)).json().get("violations").get(0).get("field")
        .asText()).isEqualTo("second");
    assertThat(office.post(base + "/swap", Map.of("first", first, "second", second)).json()
        .get("rostrum").get(0).get("name").asText()).isEqualTo("赵强");
    assertThat(office.post(base + "/finalise", Map.of()).json().get("status").asText()).isEqualTo("FINAL");

    assertThat(participant.get(base).status()).isEqualTo(200);
    assertThat(RestClient.as("chenjing", port).get(base).status()).isEqualTo(403);
    assertThat(RestClient.as("chenjing", port).getPage("/app/meetings/" + meeting.id() + "/seating").status())
        .isEqualTo(403);
    String print = participant.getPage("/app/meetings/" + meeting.id() + "/seating/print").body();
    assertThat(print).contains("@page", "座次演练会 座次表", "已定稿", "沿此线对折");
    assertThat(office.getPage("/app/meetings/" + meeting.id() + "/seating").body()).contains("主席台（自台下看）", "赵强");
  }

  @Test
  void theMeetingPageLinksToTheSeatChartForThoseItLetsInOnly() {
    LocalDateTime start = LocalDateTime.of(2047, 5, 8, 9, 0);
    MeetingRecord meeting = meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", "座次链接演练会", "policy",
        start, start.plusHours(2), "一楼大会议室", "座次", new BigDecimal("0.00"),
        List.of(Participant.person("fenggang"), Participant.person("wangli"), Participant.person("qianjun")),
        "zhouping"), LocalDateTime.now(clock));
    meetings.updateConfidential(meeting.id(), true);
    RestClient office = RestClient.as("zhouping", port);
    assertThat(office.post("/api/meetings/" + meeting.id() + "/seating", Map.of()).status()).isEqualTo(200);
    String detail = "/app/meetings/" + meeting.id();

    Matcher link = Pattern.compile("<a class=\"seat-chart\" href=\"([^\"]+)\">座次表与桌签</a>")
        .matcher(office.getPage(detail).body());
    assertThat(link.find()).as("the office's meeting page links to the seat chart").isTrue();
    RestClient.Response chart = office.getPage(link.group(1));
    assertThat(chart.status()).isEqualTo(200);
    assertThat(chart.body()).contains("主席台（自台下看）", "钱军");

    RestClient stranger = RestClient.as("chenjing", port);
    assertThat(stranger.getPage(detail).body()).doesNotContain("座次表与桌签");
    assertThat(stranger.getPage(link.group(1)).status()).isEqualTo(403);
    assertThat(RestClient.as("wangli", port).getPage("/app/my").body()).doesNotContain("/seating");
  }
}
