package cn.gov.agency.meeting.venue;

import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleForms;
import cn.gov.agency.meeting.support.SampleMeetings;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #11 (rooms and participant clashes) on PostgreSQL over HTTP as the demo users: the
 * best-fit free room then booked through the office's task, the meeting calendar showing a
 * confidential meeting as busy to someone not entitled, room utilisation as CSV, and the clash
 * API hiding a confidential title. Its own days in 2044, as the integration tests share a database.
 */
@IntegrationTest
class RoomsAndClashesIT {

  @LocalServerPort int port;
  @Autowired MeetingRows meetings;
  @Autowired VenueService venue;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void theBestFitFreeRoomIsFoundAndThenBooked() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2044, 3, 2, 9, 0));
    RestClient zhouping = RestClient.as("zhouping", port);
    String query = "/api/rooms/free?start=2044-03-02T09:00&end=2044-03-02T11:30&capacity=5&equipment=projector,microphones";

    RestClient.Response free = zhouping.get(query);
    assertThat(free.status()).isEqualTo(200);
    assertThat(free.json().findValuesAsText("code")).containsExactly("R302", "R501", "R601", "B101");
    RestClient.Response page = zhouping.getPage(
        "/app/rooms/free?date=2044-03-02&from=09:00&to=11:30&capacity=5&equipment=projector&equipment=microphones");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("空闲会议室查询", "三楼第二会议室").doesNotContain("三楼第一会议室");

    String instanceId = runtimeService.startProcessInstanceByKey(VenueVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    RestClient.Response booked = zhouping.post("/engine-rest/task/" + taskId + "/complete", variables(Map.of(
        "roomCode", free.json().get(0).get("code").asText(), "requiredEquipment", "[\"projector\",\"microphones\"]",
        "setupNotes", "课桌式布置")));
    assertThat(booked.status()).isEqualTo(204);
    assertThat(venue.freeRoomsFor(meeting.id(), List.of()).currentBooking()).hasValueSatisfying(
        b -> assertThat(b.roomCode()).isEqualTo("R302"));
    assertThat(zhouping.get(query).json().findValuesAsText("code")).containsExactly("R501", "R601", "B101");
    assertThat(zhouping.get("/api/rooms/free?start=2044-03-02T09:00&end=2044-03-02T11:30&capacity=0").status())
        .isEqualTo(400);
  }

  @Test
  void theMeetingCalendarShowsAConfidentialMeetingOnlyAsBusyToSomeoneNotEntitled() {
    MeetingRecord secret = meeting("涉密形势研判会", "technology", LocalDateTime.of(2044, 3, 9, 14, 0), "zhaoqiang");
    meetings.updateConfidential(secret.id(), true);
    venue.book(secret.id(), new BookingInput("R301", List.of(), "常规布置"), "zhouping");
    MeetingRecord open = meeting("业务培训会", "business", LocalDateTime.of(2044, 3, 10, 9, 0), "chenjing");

    JsonNode forWangli = RestClient.as("wangli", port).get("/api/meetings/calendar?week=2044-03-09").json();
    JsonNode busy = entry(forWangli, "2044-03-09T14:00:00");
    assertThat(busy.get("title").asText()).isEqualTo("占用");
    assertThat(busy.get("busy").asBoolean()).isTrue();
    assertThat(busy.get("meetingId").isNull()).isTrue();
    assertThat(busy.get("hostDepartment").isNull()).isTrue();
    assertThat(busy.get("room").asText()).isEqualTo("R301 三楼第一会议室");
    assertThat(entry(forWangli, "2044-03-10T09:00:00").get("title").asText()).isEqualTo("业务培训会");
    assertThat(entry(forWangli, "2044-03-10T09:00:00").get("status").asText()).isEqualTo("已批准");
    assertThat(forWangli.toString()).doesNotContain("涉密形势研判会");

    JsonNode forOffice = RestClient.as("zhouping", port).get("/api/meetings/calendar?week=2044-03-09").json();
    assertThat(entry(forOffice, "2044-03-09T14:00:00").get("title").asText()).isEqualTo("涉密形势研判会");
    assertThat(entry(forOffice, "2044-03-09T14:00:00").get("hostDepartment").asText()).isEqualTo("科技信息处");

    RestClient.Response page = RestClient.as("wangli", port).getPage("/app/meetings/calendar?month=2044-03");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("会议日历", "占用", "业务培训会", "/app/meetings/" + open.id())
        .doesNotContain("涉密形势研判会");
    assertThat(RestClient.as("wangli", port).get("/api/meetings/calendar?month=2044-13").status()).isEqualTo(400);

    // The meeting's own free-room page names it: refused to someone not entitled, open to the office.
    RestClient.Response roomsPage = RestClient.as("wangli", port).getPage("/app/meetings/" + secret.id() + "/rooms");
    assertThat(roomsPage.status()).isEqualTo(403);
    assertThat(roomsPage.body()).doesNotContain("涉密形势研判会");
    assertThat(RestClient.as("zhouping", port).getPage("/app/meetings/" + secret.id() + "/rooms").body())
        .contains("涉密形势研判会");
  }

  @Test
  void roomUtilisationOfAMonthAsCsvForExcel() {
    // May 2044 is not in the working calendar: its 22 weekdays count, 9 office hours each (08:30–17:30).
    venue.book(SampleMeetings.approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2044, 5, 9, 9, 0)).id(),
        new BookingInput("R205", List.of(), "常规布置"), "zhouping");
    venue.book(SampleMeetings.approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2044, 5, 10, 9, 0)).id(),
        new BookingInput("R205", List.of(), "常规布置"), "zhouping");
    RestClient zhouping = RestClient.as("zhouping", port);

    byte[] csv = zhouping.getBytes("/app/rooms/utilisation.csv?month=2044-05");
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).contains("月份,会议室编号,会议室名称,楼宇,楼层,容纳人数,已预订小时,可用小时,使用率(%)")
        .contains("\"2044-05\",\"R205\",\"二楼小会议室\",\"机关办公楼\",\"2\",\"8\",\"5.0\",\"198.0\",\"2.5\"")
        .contains("\"2044-05\",\"R301\",\"三楼第一会议室\",\"机关办公楼\",\"3\",\"12\",\"0.0\",\"198.0\",\"0.0\"");
    assertThat(zhouping.getPage("/app/rooms/utilisation?month=2044-05").body()).contains("会议室使用率", "2.5%");
    assertThat(RestClient.as("wangli", port).get("/api/rooms/utilisation?month=2044-05").status()).isEqualTo(403);
  }

  @Test
  void theClashApiNamesOverlappingMeetingsLeadersFirstButHidesAConfidentialTitle() {
    MeetingRecord secret = meeting("涉密专项会", "technology", LocalDateTime.of(2044, 3, 16, 10, 0), "zhaoqiang");
    meetings.updateConfidential(secret.id(), true);
    MeetingRecord open = meeting("处务会", "policy", LocalDateTime.of(2044, 3, 16, 9, 0), "fenggang", "qianjun");
    RestClient wangli = RestClient.as("wangli", port);

    RestClient.Response answer = wangli.get(
        "/api/clashes?start=2044-03-16T10:30&end=2044-03-16T11:00&people=fenggang,zhaoqiang,qianjun,heqing");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().findValuesAsText("userId")).containsExactly("zhaoqiang", "qianjun", "fenggang");
    assertThat(answer.json().get(0).get("meetings").get(0).get("title").asText()).isEqualTo("占用");
    assertThat(answer.json().get(1).get("meetings").get(0).get("title").asText()).isEqualTo("处务会");
    assertThat(answer.body()).doesNotContain("涉密专项会");
    assertThat(wangli.get("/api/clashes?start=2044-03-16T10:30&end=2044-03-16T11:00&people=qianjun&excludeMeeting="
        + open.id()).json()).isEmpty();

    // While filling in the start form, before submitting: the participants as typed (names or logins).
    RestClient.Response proposed = wangli.get("/api/adhoc-applications/proposed-clashes?start=2044-03-16T10:15"
        + "&end=2044-03-16T11:15&participants=" + URLEncoder.encode("钱军、zhaoqiang、nobody", StandardCharsets.UTF_8));
    assertThat(proposed.status()).isEqualTo(200);
    assertThat(proposed.json().get("clashes").toString())
        .contains("赵强（领导）：2044-03-16 10:00—12:00 占用", "钱军（领导）：2044-03-16 09:00—11:00 处务会")
        .doesNotContain("涉密专项会");
    assertThat(proposed.json().get("unresolved").get(0).asText()).startsWith("第 3 位");

    // The applicant sees the same list on the application's status page and its API.
    Map<String, Object> form = SampleForms.adhocApplication();
    form.put("plannedStart", "2044-03-16T10:15");
    form.put("plannedEnd", "2044-03-16T11:15");
    form.put("participants", "qianjun、zhaoqiang");
    RestClient.Response applied = wangli.post("/engine-rest/process-definition/key/adhocMeetingApplication/submit-form",
        variables(form));
    assertThat(applied.status()).isEqualTo(200);
    long applicationId = java.util.stream.StreamSupport.stream(wangli.get("/api/adhoc-applications").json().spliterator(),
            false).filter(a -> a.get("plannedStart").asText().startsWith("2044-03-16T10:15"))
        .findFirst().orElseThrow().get("id").asLong();
    JsonNode mine = wangli.get("/api/adhoc-applications/" + applicationId + "/clashes").json();
    assertThat(mine.findValuesAsText("userId")).containsExactly("zhaoqiang", "qianjun");
    assertThat(mine.findValuesAsText("title")).containsExactly("占用", "处务会");
    assertThat(wangli.getPage("/app/adhoc-applications").body())
        .contains("参会人员冲突", "赵强（领导）：2044-03-16 10:00—12:00 占用", "钱军（领导）：2044-03-16 09:00—11:00 处务会")
        .doesNotContain("涉密专项会");

    RestClient.Response backwards = wangli.get("/api/clashes?start=2044-03-16T11:00&end=2044-03-16T10:00&people=qianjun");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.json().get("violations").get(0).get("field").asText()).isEqualTo("end");
    RestClient.Response unknown = wangli.get("/api/clashes?start=2044-03-16T10:00&end=2044-03-16T11:00&people=nobody");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("violations").get(0).get("field").asText()).isEqualTo("people");
    assertThat(RestClient.anonymous(port).get("/api/clashes?start=2044-03-16T10:00&end=2044-03-16T11:00&people=qianjun")
        .status()).isEqualTo(401);
  }

  private MeetingRecord meeting(String title, String department, LocalDateTime start, String... people) {
    return meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", title, department, start,
        start.plusHours(2), "待定", "议题", BigDecimal.ZERO,
        java.util.Arrays.stream(people).map(Participant::person).toList(), "zhouping"), LocalDateTime.of(2044, 1, 5, 9, 0));
  }

  private static JsonNode entry(JsonNode entries, String start) {
    for (JsonNode entry : entries) {
      if (entry.get("start").asText().equals(start)) {
        return entry;
      }
    }
    throw new AssertionError("no calendar entry starting " + start + " in " + entries);
  }
}
