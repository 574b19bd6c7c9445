package cn.gov.agency.meeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  /** The national schedules of 2025 and 2026, as published. */
  private static final WorkingCalendar CALENDAR = new WorkingCalendar(
      Set.of(2025, 2026),
      ranges("2025-01-01", "2025-01-01", "2025-01-28", "2025-02-04", "2025-04-04", "2025-04-06",
          "2025-05-01", "2025-05-05", "2025-05-31", "2025-06-02", "2025-10-01", "2025-10-08",
          "2026-01-01", "2026-01-03", "2026-02-15", "2026-02-23", "2026-04-04", "2026-04-06",
          "2026-05-01", "2026-05-05", "2026-06-19", "2026-06-21", "2026-09-25", "2026-09-27",
          "2026-10-01", "2026-10-07"),
      dates("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
          "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));

  @Test
  void springFestivalCountsTheMakeUpSaturdays() {
    assertThat(CALENDAR.isWorkingDay(date("2026-02-14"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(date("2026-02-28"))).isTrue();
    assertThat(date("2026-02-15").datesUntil(date("2026-02-24"))).noneMatch(CALENDAR::isWorkingDay);

    assertThat(CALENDAR.workingDaysBefore(date("2026-02-24"), 3)).isEqualTo("2026-02-12");
    assertThat(CALENDAR.workingDaysBefore(date("2026-03-02"), 1)).isEqualTo("2026-02-28");
    assertThat(CALENDAR.workingDaysAfter(date("2026-02-13"), 1)).isEqualTo("2026-02-14");
    assertThat(CALENDAR.workingDaysAfter(date("2026-02-14"), 1)).isEqualTo("2026-02-24");
  }

  @Test
  void nationalDayAndMidAutumnWithTheirMakeUpDays() {
    assertThat(CALENDAR.isWorkingDay(date("2026-09-20"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(date("2026-10-10"))).isTrue();
    assertThat(date("2026-10-01").datesUntil(date("2026-10-08"))).noneMatch(CALENDAR::isWorkingDay);

    assertThat(CALENDAR.workingDaysBefore(date("2026-09-21"), 1)).isEqualTo("2026-09-20");
    assertThat(CALENDAR.workingDaysBefore(date("2026-09-28"), 2)).isEqualTo("2026-09-23");
    assertThat(CALENDAR.workingDaysAfter(date("2026-09-30"), 1)).isEqualTo("2026-10-08");
    assertThat(CALENDAR.workingDaysAfter(date("2026-10-09"), 1)).isEqualTo("2026-10-10");
  }

  @Test
  void labourDayWithItsMakeUpSaturday() {
    assertThat(CALENDAR.isWorkingDay(date("2026-05-09"))).isTrue();
    assertThat(CALENDAR.workingDaysAfter(date("2026-04-30"), 1)).isEqualTo("2026-05-06");
    assertThat(CALENDAR.workingDaysAfter(date("2026-05-08"), 1)).isEqualTo("2026-05-09");
    assertThat(CALENDAR.workingDaysBefore(date("2026-05-11"), 1)).isEqualTo("2026-05-09");
  }

  @Test
  void countsBackAcrossTheYearBoundary() {
    assertThat(CALENDAR.workingDaysBefore(date("2026-01-05"), 3)).isEqualTo("2025-12-30");
    assertThat(CALENDAR.uncoveredYears(date("2025-12-30"), date("2026-01-04"))).isEmpty();
  }

  @Test
  void dueDatesMoveForwardAndSendByDatesMoveBack() {
    assertThat(CALENDAR.nextWorkingDayOnOrAfter(date("2026-10-03"))).isEqualTo("2026-10-08");
    assertThat(CALENDAR.nextWorkingDayOnOrAfter(date("2026-02-15"))).isEqualTo("2026-02-24");
    assertThat(CALENDAR.nextWorkingDayOnOrAfter(date("2026-02-14"))).isEqualTo("2026-02-14");

    assertThat(CALENDAR.previousWorkingDayOnOrBefore(date("2026-10-03"))).isEqualTo("2026-09-30");
    assertThat(CALENDAR.previousWorkingDayOnOrBefore(date("2026-02-22"))).isEqualTo("2026-02-14");
    assertThat(CALENDAR.previousWorkingDayOnOrBefore(date("2026-10-11"))).isEqualTo("2026-10-10");
    assertThat(CALENDAR.previousWorkingDayOnOrBefore(date("2026-10-09"))).isEqualTo("2026-10-09");
  }

  @Test
  void anUncoveredYearCountsWeekendsOnlyAndIsReported() {
    assertThat(CALENDAR.coveredYears()).containsExactly(2025, 2026);
    assertThat(CALENDAR.isWorkingDay(date("2027-01-01"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(date("2027-01-02"))).isFalse();
    assertThat(CALENDAR.workingDaysBefore(date("2027-01-05"), 3)).isEqualTo("2026-12-31");
    assertThat(CALENDAR.uncoveredYears(date("2026-12-31"), date("2027-01-04"))).containsExactly(2027);
    assertThat(CALENDAR.uncoveredYears(date("2024-12-01"), date("2028-01-01")))
        .containsExactly(2024, 2027, 2028);
  }

  @Test
  void zeroDaysIsTheDateItselfEvenOnAHoliday() {
    assertThat(CALENDAR.workingDaysBefore(date("2026-02-15"), 0)).isEqualTo("2026-02-15");
    assertThat(CALENDAR.workingDaysAfter(date("2026-02-15"), 0)).isEqualTo("2026-02-15");
  }

  @Test
  void rejectsANegativeCount() {
    assertThatThrownBy(() -> CALENDAR.workingDaysBefore(date("2026-02-15"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n must be >= 0");
    assertThatThrownBy(() -> CALENDAR.workingDaysAfter(date("2026-02-15"), -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n must be >= 0");
  }

  @Test
  void rejectsADateThatIsBothOffAndWorking() {
    assertThatThrownBy(() -> new WorkingCalendar(Set.of(2026), dates("2026-02-14"), dates("2026-02-14")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-02-14");
  }

  @Test
  void rejectsAnInvertedRangeOfYears() {
    assertThatThrownBy(() -> CALENDAR.uncoveredYears(date("2027-01-02"), date("2027-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from is after to");
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private static Set<LocalDate> dates(String... texts) {
    Set<LocalDate> dates = new HashSet<>();
    Stream.of(texts).map(LocalDate::parse).forEach(dates::add);
    return dates;
  }

  /** Pairs of inclusive from/to dates. */
  private static Set<LocalDate> ranges(String... fromTo) {
    Set<LocalDate> dates = new HashSet<>();
    for (int i = 0; i < fromTo.length; i += 2) {
      date(fromTo[i]).datesUntil(date(fromTo[i + 1]).plusDays(1)).forEach(dates::add);
    }
    return dates;
  }
}
