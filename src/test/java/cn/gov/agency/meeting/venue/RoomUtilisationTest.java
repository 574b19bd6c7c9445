package cn.gov.agency.meeting.venue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.venue.VenueSettings.OfficeHours;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 会议室使用率 from a known set of bookings: office hours 08:30–17:30 (540 minutes a working day),
 * two working days (Friday 2045-06-02 and Monday 2045-06-05; the weekend between is not one).
 */
class RoomUtilisationTest {

  private static final OfficeHours HOURS = new OfficeHours(LocalTime.of(8, 30), LocalTime.of(17, 30));
  private static final LocalDate FRIDAY = LocalDate.of(2045, 6, 2);
  private static final LocalDate MONDAY = LocalDate.of(2045, 6, 5);
  private static final List<LocalDate> WORKING_DAYS = List.of(FRIDAY, MONDAY);

  @Test
  void bookedMinutesWithinOfficeHoursOfWorkingDaysOverTheMinutesAvailable() {
    Room room = room(List.of());
    List<RoomBooking> bookings = List.of(
        booking(FRIDAY.atTime(9, 0), FRIDAY.atTime(11, 0)),     // 120
        booking(FRIDAY.atTime(17, 0), FRIDAY.atTime(19, 0)),    // 30 within office hours
        booking(FRIDAY.plusDays(1).atTime(9, 0), FRIDAY.plusDays(1).atTime(12, 0)), // Saturday: none
        booking(MONDAY.atTime(8, 0), MONDAY.atTime(9, 30)));    // 60

    RoomUsage usage = RoomUtilisation.usage(room, bookings, WORKING_DAYS, HOURS);

    assertThat(usage.bookedMinutes()).isEqualTo(210);
    assertThat(usage.availableMinutes()).isEqualTo(1080);
    assertThat(usage.bookedHours()).isEqualByComparingTo("3.5");
    assertThat(usage.availableHours()).isEqualByComparingTo("18.0");
    assertThat(usage.ratePercent()).isEqualByComparingTo("19.4");
  }

  @Test
  void outOfServiceTimeIsNotAvailable() {
    Room room = room(List.of(new OutOfService(MONDAY.atStartOfDay(), MONDAY.atTime(12, 30), "改造")));
    RoomUsage usage = RoomUtilisation.usage(room, List.of(booking(FRIDAY.atTime(8, 30), FRIDAY.atTime(17, 30))),
        WORKING_DAYS, HOURS);

    assertThat(usage.availableMinutes()).isEqualTo(540 + 300);
    assertThat(usage.ratePercent()).isEqualByComparingTo("64.3");
  }

  @Test
  void aRoomNeverAvailableHasARateOfZero() {
    assertThat(RoomUtilisation.usage(room(List.of()), List.of(), List.of(), HOURS).ratePercent())
        .isEqualByComparingTo("0");
  }

  private static Room room(List<OutOfService> outOfService) {
    return new Room(1, "R1", "一号会议室", "楼", 1, 10, List.of(), true, false, outOfService);
  }

  private static RoomBooking booking(LocalDateTime start, LocalDateTime end) {
    return new RoomBooking(1, "R1", "一号会议室", 1L, "会议", start, end, "zhouping", start.minusDays(1), false, false);
  }
}
