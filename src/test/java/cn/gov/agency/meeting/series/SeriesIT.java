package cn.gov.agency.meeting.series;

import static cn.gov.agency.meeting.support.EngineRest.inbox;
import static cn.gov.agency.meeting.support.EngineRest.single;
import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleForms;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 周期会议 on PostgreSQL over HTTP as the demo users: applied for, approved and filed once, its room
 * booked for every occurrence but those already taken (listed), then cancelled from one date on.
 */
@IntegrationTest
class SeriesIT {

  @LocalServerPort int port;

  @Test
  void aSeriesIsFiledOnceListsItsRoomClashesAndIsCancelledFromOneDateOn() {
    RestClient wangli = RestClient.as("wangli", port);
    // Another series holds R205 on 10 and 24 March 2031, 14:00–15:00.
    fileSeries(wangli, "2031-03-10", "BIWEEKLY", 2);
    long firstMeeting = fileSeries(wangli, "2031-03-03", "WEEKLY", 4);

    JsonNode series = wangli.get("/api/meetings/" + firstMeeting + "/series").json();
    assertThat(series.get("series").get("recurrenceRule").asText()).isEqualTo("FREQ=WEEKLY;BYDAY=MO;COUNT=4");
    assertThat(texts(series.get("occurrences"), "ruleDate"))
        .containsExactly("2031-03-03", "2031-03-10", "2031-03-17", "2031-03-24");
    assertThat(texts(series.get("occurrences"), "roomCode")).containsExactly("R205", "null", "R205", "null");
    assertThat(texts(series.get("roomClashes"), "ruleDate")).containsExactly("2031-03-10", "2031-03-24");
    long seriesId = series.get("series").get("id").asLong();
    assertThat(wangli.getPage("/app/series/" + seriesId).body()).contains("会议室冲突（2 次未预订）");
    assertThat(RestClient.as("chenjing", port).get("/api/series/" + seriesId).status()).isEqualTo(403);

    var badScope = wangli.post("/api/series/" + seriesId + "/cancel",
        Map.of("fromOccurrence", "2031-03-17", "scope", "ALL", "reason", "x"));
    assertThat(badScope.status()).isEqualTo(400);
    assertThat(badScope.body()).contains("scope");

    var cancelled = wangli.post("/api/series/" + seriesId + "/cancel",
        Map.of("fromOccurrence", "2031-03-17", "scope", "THIS_AND_LATER", "reason", "专项工作提前结束"));
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.json()).hasSize(2);

    JsonNode after = wangli.get("/api/series/" + seriesId).json();
    assertThat(texts(after.get("occurrences"), "status")).containsExactly("APPROVED", "APPROVED", "CANCELLED",
        "CANCELLED");
    assertThat(texts(after.get("occurrences"), "roomCode")).containsExactly("R205", "null", "null", "null");
    assertThat(texts(after.get("roomClashes"), "ruleDate")).containsExactly("2031-03-10");
    var again = wangli.post("/api/meetings/" + after.get("occurrences").get(2).get("meetingId").asLong() + "/cancel",
        Map.of("reason", "再取消"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("已取消");
  }

  /** Applies as wangli (政策法规处), approved by qianjun, filed by the office; returns the first meeting's id. */
  private long fileSeries(RestClient applicant, String firstDay, String pattern, int count) {
    Map<String, Object> form = new LinkedHashMap<>(SampleForms.adhocApplication());
    form.put("plannedStart", firstDay + "T14:00");
    form.put("plannedEnd", firstDay + "T15:00");
    form.put("repeatPattern", pattern);
    form.put("repeatCount", count);
    form.put("holidayRule", "SKIP");
    form.put("seriesRoomCode", "R205");
    var started = applicant.post("/engine-rest/process-definition/key/adhocMeetingApplication/submit-form",
        variables(form));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().get("id").asText();
    RestClient qianjun = RestClient.as("qianjun", port);
    String leaderTask = single(inbox(qianjun, "分管领导审批"), instanceId).get("id").asText();
    assertThat(qianjun.post("/engine-rest/task/" + leaderTask + "/submit-form",
        variables(Map.of("leaderDecision", "approve"))).status()).isEqualTo(204);
    RestClient zhouping = RestClient.as("zhouping", port);
    String filingTask = single(inbox(zhouping, "办公室待办"), instanceId).get("id").asText();
    var filed = zhouping.post("/engine-rest/task/" + filingTask + "/submit-form",
        variables(Map.of("filingNote", "同意备案")));
    assertThat(filed.status()).as(filed.body()).isEqualTo(204);
    JsonNode application = StreamSupport.stream(applicant.get("/api/adhoc-applications").json().spliterator(), false)
        .filter(a -> a.get("processInstanceId").asText().equals(instanceId)).findFirst().orElseThrow();
    return application.get("meetingId").asLong();
  }

  private static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asText()).toList();
  }
}
