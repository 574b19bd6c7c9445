package cn.gov.agency.meeting.venue;

import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R3.5 on PostgreSQL: a room is never booked twice for overlapping times, however many office
 * users complete 预订会议场地 at the same moment, and not even by code that skips the service.
 */
@IntegrationTest
class RoomBookingIT {

  private static final int CONCURRENT = 6;

  @LocalServerPort int port;
  @Autowired MeetingRows meetings;
  @Autowired RoomRepository rooms;
  @Autowired VenueService venue;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void concurrentBookingsOfOneRoomForOverlappingTimesLetExactlyOneSucceed() throws Exception {
    List<String> taskIds = new ArrayList<>();
    for (int i = 0; i < CONCURRENT; i++) {
      // 09:00, 09:20, 09:40 …: each lasts 150 minutes, so every pair overlaps.
      MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
          LocalDateTime.of(2043, 3, 4, 9, 0).plusMinutes(20L * i));
      String instanceId = runtimeService.startProcessInstanceByKey(VenueVariables.PROCESS_KEY,
          MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();
      taskIds.add(taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId());
    }
    RestClient zhouping = RestClient.as("zhouping", port);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
    List<Future<RestClient.Response>> answers = new ArrayList<>();
    try {
      for (String taskId : taskIds) {
        answers.add(pool.submit(() -> {
          go.await();
          return zhouping.post("/engine-rest/task/" + taskId + "/complete", variables(Map.of(
              "roomCode", "R601", "requiredEquipment", "[\"projector\"]", "setupNotes", "常规布置")));
        }));
      }
      go.countDown();
      List<RestClient.Response> responses = new ArrayList<>();
      for (Future<RestClient.Response> answer : answers) {
        responses.add(answer.get());
      }
      assertThat(responses).filteredOn(r -> r.status() == 204).hasSize(1);
      assertThat(responses).filteredOn(r -> r.status() != 204).hasSize(CONCURRENT - 1)
          .allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.json().get("message").asText()).contains("会议室 R601 在该时段已被预订");
          });
    } finally {
      pool.shutdownNow();
    }
    assertThat(venue.bookings(LocalDate.of(2043, 3, 4), LocalDate.of(2043, 3, 4)))
        .extracting(RoomBooking::roomCode).containsExactly("R601");
    assertThat(taskService.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)).count())
        .isEqualTo(CONCURRENT - 1);
  }

  @Test
  void theExclusionConstraintRefusesAnOverlapThatBypassesTheServiceLock() {
    MeetingRecord booked = SampleMeetings.approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2043, 5, 6, 10, 0));
    MeetingRecord other = SampleMeetings.approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2043, 5, 6, 14, 0));
    venue.book(booked.id(), new BookingInput("R302", List.of(), "常规布置"), "zhouping");
    long roomId = rooms.find("R302").orElseThrow().id();

    // 11:00–12:00 overlaps 10:00–12:30.
    assertThatThrownBy(() -> rawInsert(roomId, other.id(), LocalDateTime.of(2043, 5, 6, 11, 0),
        LocalDateTime.of(2043, 5, 6, 12, 0)))
        .isInstanceOf(DataIntegrityViolationException.class)
        .satisfies(e -> assertThat(sqlState(e)).isEqualTo(RoomRepository.EXCLUSION_VIOLATION));
    // The repository's insert, which the service guards with the lock, turns the refusal into the conflict.
    assertThatThrownBy(() -> rooms.insertBooking(roomId, "R302", other.id(), LocalDateTime.of(2043, 5, 6, 9, 0),
        LocalDateTime.of(2043, 5, 6, 10, 30), "zhouping", LocalDateTime.now(), false))
        .isInstanceOf(RoomConflictException.class).hasMessageContaining("会议室 R302 在该时段已被预订");

    // [10:00, 12:30) and [12:30, 13:00) only touch; a cancelled booking blocks nothing.
    rawInsert(roomId, other.id(), LocalDateTime.of(2043, 5, 6, 12, 30), LocalDateTime.of(2043, 5, 6, 13, 0));
    jdbc.update("update room_booking set cancelled_at = now() where meeting_id = ?", booked.id());
    rawInsert(roomId, other.id(), LocalDateTime.of(2043, 5, 6, 10, 0), LocalDateTime.of(2043, 5, 6, 12, 0));
  }

  @Test
  void anyLoggedInUserReadsRoomsFreeRoomsAndTheCalendarButNobodyAnonymously() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2043, 7, 8, 9, 0));
    venue.book(meeting.id(), new BookingInput("R501", List.of("video_conference"), "视频会议联调"), "zhouping");
    RestClient wangli = RestClient.as("wangli", port);

    assertThat(RestClient.anonymous(port).get("/api/rooms").status()).isEqualTo(401);
    assertThat(wangli.get("/api/rooms").json().findValuesAsText("code")).contains("R301", "R501", "B101");
    var free = wangli.get("/api/rooms/free?start=2043-07-08T10:00&end=2043-07-08T11:00&capacity=20"
        + "&equipment=video_conference");
    assertThat(free.status()).isEqualTo(200);
    assertThat(free.json().findValuesAsText("code")).containsExactly("B101");
    assertThat(wangli.get("/api/rooms/free?start=2043-07-08T10:00&end=2043-07-08T09:00").status()).isEqualTo(400);
    assertThat(wangli.get("/api/rooms/bookings?from=2043-07-08&to=2043-07-08").json().findValuesAsText("roomCode"))
        .containsExactly("R501");

    var page = wangli.get("/app/meetings/" + meeting.id() + "/rooms?equipment=projector");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("本会议已预订 R501", "R302", "参会 5 人");
    var calendar = wangli.get("/app/rooms/calendar?week=2043-07-08");
    assertThat(calendar.status()).isEqualTo(200);
    assertThat(calendar.body()).contains("09:00—11:30", meeting.title(), "五楼视频会议室");
  }

  private void rawInsert(long roomId, long meetingId, LocalDateTime start, LocalDateTime end) {
    jdbc.update("""
        insert into room_booking (room_id, meeting_id, starts_at, ends_at, booked_by, booked_at)
        values (?, ?, ?, ?, 'test', now())""", roomId, meetingId, Timestamp.valueOf(start), Timestamp.valueOf(end));
  }

  private static String sqlState(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
