package cn.gov.agency.meeting.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The booking rules of R3.5 against the real tables (H2) and the rooms of processes/rooms.yaml.
 * Each test uses its own days, since all process tests share one database.
 */
@ProcessTest
class VenueServiceTest {

  @Autowired VenueService venue;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired RoomRepository rooms;
  @Autowired RoomCatalogue catalogue;
  @Autowired JdbcTemplate jdbc;

  @Test
  void freeRoomsAreTheSmallestThatFitFirst() {
    LocalDateTime start = LocalDateTime.of(2041, 1, 7, 9, 0);
    LocalDateTime end = start.plusHours(2);
    assertThat(venue.freeRooms(start, end, 10, List.of("projector"))).extracting(Room::code)
        .containsExactly("R301", "R302", "R501", "R601", "B101");
    assertThat(venue.freeRooms(start, end, 13, List.of("projector", "microphones"))).extracting(Room::code)
        .containsExactly("R302", "R501", "R601", "B101");
    assertThat(venue.freeRooms(start, end, 1, List.of("video_conference"))).extracting(Room::code)
        .containsExactly("R501", "B101");
    assertThat(venue.freeRooms(start, end, 200, List.of())).isEmpty();
  }

  @Test
  void theBestFitForASizeAndEquipmentNeedCanThenBeBooked() {
    MeetingRecord meeting = meeting(LocalDateTime.of(2041, 9, 4, 9, 0), LocalDateTime.of(2041, 9, 4, 11, 0), 14);
    List<Room> free = venue.freeRooms(meeting.plannedStart(), meeting.plannedEnd(), 14, List.of("projector", "microphones"));
    assertThat(free).extracting(Room::code).containsExactly("R302", "R501", "R601", "B101");

    RoomBooking booking = venue.book(meeting.id(), new BookingInput(free.get(0).code(), List.of("projector", "microphones"),
        "课桌式布置"), "zhouping");
    assertThat(booking.roomCode()).isEqualTo("R302");
    assertThat(booking.provisional()).isFalse();
    assertThat(venue.freeRooms(meeting.plannedStart(), meeting.plannedEnd(), 14, List.of("projector", "microphones")))
        .extracting(Room::code).containsExactly("R501", "R601", "B101");
  }

  @Test
  void aRoomOutOfServiceIsNotFreeThenAndCannotBeBooked() {
    // R601 is out of service 2026-12-21 08:00 to 2026-12-26 00:00 in processes/rooms.yaml.
    assertThat(venue.freeRooms(LocalDateTime.of(2026, 12, 25, 22, 0), LocalDateTime.of(2026, 12, 26, 1, 0), 40,
        List.of())).extracting(Room::code).containsExactly("B101");
    assertThat(venue.freeRooms(LocalDateTime.of(2026, 12, 26, 0, 0), LocalDateTime.of(2026, 12, 26, 1, 0), 40,
        List.of())).extracting(Room::code).containsExactly("R601", "B101");
    MeetingRecord meeting = meeting(LocalDateTime.of(2026, 12, 21, 7, 0), LocalDateTime.of(2026, 12, 21, 8, 30), 3);
    assertThatThrownBy(() -> venue.book(meeting.id(), booking("R601"), "zhouping"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("音响系统改造");
  }

  @Test
  void backToBackBookingsDoNotConflictButOverlapsDo() {
    LocalDate day = LocalDate.of(2041, 2, 4);
    MeetingRecord ten = meeting(day.atTime(10, 0), day.atTime(11, 0), 3);
    MeetingRecord eleven = meeting(day.atTime(11, 0), day.atTime(12, 0), 3);
    MeetingRecord halfPast = meeting(day.atTime(10, 30), day.atTime(11, 30), 3);
    MeetingRecord nine = meeting(day.atTime(9, 0), day.atTime(10, 0), 3);

    venue.book(ten.id(), booking("R302"), "zhouping");
    venue.book(eleven.id(), booking("R302"), "zhouping");
    venue.book(nine.id(), booking("r302"), "zhouping");
    assertThatThrownBy(() -> venue.book(halfPast.id(), booking("R302"), "zhouping"))
        .isInstanceOf(RoomConflictException.class)
        .hasMessageContaining("会议室 R302 在该时段已被预订")
        .hasMessageContaining(ten.title());

    assertThat(venue.bookings(day, day)).extracting(RoomBooking::meetingId)
        .containsExactly(nine.id(), ten.id(), eleven.id());
    assertThat(venue.freeRooms(day.atTime(12, 0), day.atTime(13, 0), 1, List.of())).extracting(Room::code)
        .contains("R302");
    assertThat(venue.freeRooms(day.atTime(10, 59), day.atTime(11, 1), 1, List.of())).extracting(Room::code)
        .doesNotContain("R302").contains("R301");
  }

  @Test
  void theBookedRoomBecomesThePlaceAndTheStepIsOnTheTrail() {
    MeetingRecord meeting = meeting(LocalDateTime.of(2041, 3, 5, 14, 0), LocalDateTime.of(2041, 3, 5, 16, 0), 5);
    RoomBooking booking = venue.book(meeting.id(),
        new BookingInput("R501", List.of("projector", "video_conference"), "主席台摆放桌签"), "zhouping");

    assertThat(booking.roomName()).isEqualTo("五楼视频会议室");
    assertThat(booking.startsAt()).isEqualTo(meeting.plannedStart());
    assertThat(booking.endsAt()).isEqualTo(meeting.plannedEnd());
    assertThat(meetings.find(meeting.id()).orElseThrow().place()).isEqualTo("五楼视频会议室");
    assertThat(venue.arrangement(meeting.id()).requiredEquipment()).containsExactly("projector", "video_conference");
    assertThat(events.of(meeting.id())).singleElement().satisfies(event -> {
      assertThat(event.stage()).isEqualTo("venue");
      assertThat(event.action()).isEqualTo("room-booked");
      assertThat(event.actorUserId()).isEqualTo("zhouping");
      assertThat(event.comment()).contains("R501", "投影仪", "视频会议");
    });
  }

  @Test
  void bookingAgainGivesUpTheEarlierRoom() {
    MeetingRecord meeting = meeting(LocalDateTime.of(2041, 4, 2, 9, 0), LocalDateTime.of(2041, 4, 2, 10, 0), 3);
    venue.book(meeting.id(), booking("R301"), "zhouping");
    venue.book(meeting.id(), booking("R302"), "liming");

    assertThat(venue.bookings(LocalDate.of(2041, 4, 2), LocalDate.of(2041, 4, 2))).extracting(RoomBooking::roomCode)
        .containsExactly("R302");
    assertThat(meetings.find(meeting.id()).orElseThrow().place()).isEqualTo("三楼第二会议室");
    assertThat(events.of(meeting.id())).extracting(MeetingEvents.MeetingEvent::action)
        .containsExactly("room-booked", "booking-replaced", "room-booked");
  }

  @Test
  void aRoomTooSmallOrWithoutTheEquipmentIsRefusedAndNothingIsBooked() {
    MeetingRecord meeting = meeting(LocalDateTime.of(2041, 5, 8, 9, 0), LocalDateTime.of(2041, 5, 8, 10, 0), 10);
    assertThatThrownBy(() -> venue.book(meeting.id(), booking("R205"), "zhouping"))
        .isInstanceOf(InvalidInputException.class).isNotInstanceOf(RoomConflictException.class)
        .hasMessageContaining("会议室 R205 最多容纳 8 人，本次会议有 10 人参会");
    assertThatThrownBy(() -> venue.book(meeting.id(),
        new BookingInput("R302", List.of("projector", "sound_system"), "无"), "zhouping"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("requiredEquipment")
        .hasMessageContaining("会议室 R302 没有：音响");
    assertThatThrownBy(() -> venue.book(meeting.id(), booking("X999"), "zhouping"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不是在用的会议室编号");

    assertThat(venue.bookings(LocalDate.of(2041, 5, 8), LocalDate.of(2041, 5, 8))).isEmpty();
    assertThat(meetings.find(meeting.id()).orElseThrow().place()).isEqualTo("待定");
    assertThat(events.of(meeting.id())).isEmpty();
  }

  @Test
  void theEquipmentCheckNeedsEveryRequiredDeviceWorking() {
    MeetingRecord meeting = meeting(LocalDateTime.of(2041, 6, 4, 9, 0), LocalDateTime.of(2041, 6, 4, 10, 0), 3);
    venue.book(meeting.id(), new BookingInput("R302", List.of("projector", "microphones"), "常规布置"), "zhouping");

    assertThatThrownBy(() -> venue.recordEquipmentCheck(meeting.id(),
        new EquipmentCheckInput("zhouping", List.of("projector"), null), "liming"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("workingEquipment").hasMessageContaining("话筒");

    VenueArrangement checked = venue.recordEquipmentCheck(meeting.id(),
        new EquipmentCheckInput("zhouping", List.of("projector", "microphones"), "备用话筒两只"), "liming");
    assertThat(checked.equipmentResponsible()).isEqualTo("zhouping");
    assertThat(checked.equipmentCheckedBy()).isEqualTo("liming");
    assertThat(checked.equipmentRemarks()).isEqualTo("备用话筒两只");
  }

  @Test
  void theWeekShowsEachRoomsBookingsPerDay() {
    MeetingRecord meeting = meeting(LocalDateTime.of(2041, 7, 3, 9, 30), LocalDateTime.of(2041, 7, 3, 11, 0), 3);
    venue.book(meeting.id(), booking("R601"), "zhouping");

    MeetingRecord confidential = meeting(LocalDateTime.of(2041, 7, 4, 9, 0), LocalDateTime.of(2041, 7, 4, 10, 0), 3);
    meetings.updateConfidential(confidential.id(), true);
    venue.book(confidential.id(), booking("R601"), "zhouping");
    CurrentUser otherDepartment = new CurrentUser("weilan", List.of("attendee", "staff-technology"));

    RoomWeek week = venue.week(LocalDate.of(2041, 7, 5), otherDepartment);
    assertThat(week.monday()).isEqualTo(LocalDate.of(2041, 7, 1));
    RoomWeek.RoomRow r601 = r601(week);
    assertThat(r601.days().get(2)).singleElement().satisfies(slot -> {
      assertThat(slot.time()).isEqualTo("09:30—11:00");
      assertThat(slot.meetingId()).isEqualTo(meeting.id());
      assertThat(slot.meetingTitle()).isEqualTo(meeting.title());
    });
    assertThat(r601.days().get(1)).isEmpty();
    // R5.2: the room is taken, but what for only those entitled may read.
    assertThat(r601.days().get(3)).singleElement().satisfies(slot -> assertThat(slot.meetingTitle()).isEqualTo("占用"));
    assertThat(r601(venue.week(LocalDate.of(2041, 7, 5), new CurrentUser("zhouping", List.of("office"))))
        .days().get(3)).singleElement().satisfies(slot -> assertThat(slot.meetingTitle()).isEqualTo(confidential.title()));
  }

  private static RoomWeek.RoomRow r601(RoomWeek week) {
    return week.rows().stream().filter(row -> row.room().code().equals("R601")).findFirst().orElseThrow();
  }

  @Test
  void queriesOutsideTheLimitsAreRefused() {
    LocalDateTime start = LocalDateTime.of(2041, 8, 1, 9, 0);
    assertThatThrownBy(() -> venue.freeRooms(start, start, 1, List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("必须晚于开始时间");
    assertThatThrownBy(() -> venue.bookings(LocalDate.of(2041, 1, 1), LocalDate.of(2041, 12, 31)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("一次最多查询 92 天");
  }

  @Test
  void reloadingTheRoomsFileWritesOnlyWhatChanged() {
    catalogue.reload();
    long changesBefore = roomChanges();
    catalogue.reload();
    assertThat(roomChanges()).as("an unchanged rooms file adds nothing to the change log").isEqualTo(changesBefore);

    List<RoomCatalogue.RoomDefinition> file = rooms.all().stream().filter(Room::active)
        .map(room -> new RoomCatalogue.RoomDefinition(room.code(), room.name(), room.building(), room.floor(),
            room.capacity(), room.equipment(), true, room.approvalRequired(), room.outOfService()))
        .toList();
    RoomCatalogue.RoomDefinition added = new RoomCatalogue.RoomDefinition("SYNC1", "同步测试室", "主楼", 9, 8,
        List.of("projector"), true, false, List.of());
    rooms.synchronise(concat(file, added));
    long lastChange = jdbc.queryForObject("select coalesce(max(id), 0) from record_change", Long.class);
    rooms.synchronise(concat(file, new RoomCatalogue.RoomDefinition("SYNC1", "同步测试室", "主楼", 9, 12,
        List.of("projector"), true, false, List.of())));
    assertThat(jdbc.queryForList("""
        select table_name || '.' || field_name || ':' || coalesce(old_value, '') from record_change
         where id > ? order by field_name""", String.class, lastChange))
        .as("one room's capacity changed: its row is updated, its equipment and every other room stay")
        .hasSize(2).first().isEqualTo("room.capacity:8");

    rooms.synchronise(file);
    assertThat(rooms.find("SYNC1")).get().extracting(Room::active).isEqualTo(false);
  }

  private long roomChanges() {
    return jdbc.queryForObject("select count(*) from record_change where table_name like 'room%'", Long.class);
  }

  private static List<RoomCatalogue.RoomDefinition> concat(List<RoomCatalogue.RoomDefinition> file,
      RoomCatalogue.RoomDefinition room) {
    return Stream.concat(file.stream(), Stream.of(room)).toList();
  }

  private MeetingRecord meeting(LocalDateTime start, LocalDateTime end, int guests) {
    List<Participant> participants = IntStream.rangeClosed(1, guests)
        .mapToObj(i -> Participant.guest("嘉宾" + i, "市财政局")).toList();
    return meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", "场地测试会" + start, "policy", start, end,
        "待定", "测试", BigDecimal.ZERO, participants, "zhouping"), LocalDateTime.of(2040, 12, 1, 9, 0));
  }

  private static BookingInput booking(String roomCode) {
    return new BookingInput(roomCode.toUpperCase(java.util.Locale.ROOT), List.of(), "常规布置");
  }
}
