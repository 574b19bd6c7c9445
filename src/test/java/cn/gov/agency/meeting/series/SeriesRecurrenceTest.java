package cn.gov.agency.meeting.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.agency.meeting.calendar.WorkingCalendarService;
import cn.gov.agency.meeting.series.SeriesSchedule.Occurrence;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** Series dates against the provided 2026 calendar (working-calendar.md): Spring Festival 15–23 Feb, make-up 14 and 28 Feb. */
class SeriesRecurrenceTest {

  private final SeriesRecurrence recurrence =
      new SeriesRecurrence(new WorkingCalendarService("", new DefaultResourceLoader()));

  private static LocalDate feb(int day) {
    return LocalDate.of(2026, 2, day);
  }

  @Test
  void weeklyMondaysSkipTheSpringFestivalMondays() {
    SeriesSchedule schedule = recurrence.expand(
        new Recurrence(RepeatPattern.WEEKLY, null, 6, HolidayRule.SKIP).rrule(feb(2)), feb(2), HolidayRule.SKIP, 53);
    assertThat(schedule.occurrences()).extracting(Occurrence::date)
        .containsExactly(feb(2), feb(9), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9));
    assertThat(schedule.dropped()).containsExactly(feb(16), feb(23));
  }

  @Test
  void weeklyMondaysMoveToTheFirstWorkingDayAfterTheFestivalOnce() {
    SeriesSchedule schedule = recurrence.expand(
        new Recurrence(RepeatPattern.WEEKLY, null, 6, HolidayRule.MOVE).rrule(feb(2)), feb(2), HolidayRule.MOVE, 53);
    // 16 Feb moves to Tue 24 Feb; 23 Feb would move there too, so it is dropped rather than doubled.
    assertThat(schedule.occurrences()).containsExactly(
        new Occurrence(feb(2), feb(2)), new Occurrence(feb(9), feb(9)), new Occurrence(feb(16), feb(24)),
        new Occurrence(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)),
        new Occurrence(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9)));
    assertThat(schedule.dropped()).containsExactly(feb(23));
  }

  @Test
  void makeUpSaturdaysAreWorkingDaysOfAWeeklySaturdaySeries() {
    String rrule = new Recurrence(RepeatPattern.WEEKLY, LocalDate.of(2026, 3, 7), null, HolidayRule.SKIP).rrule(feb(7));
    assertThat(rrule).isEqualTo("FREQ=WEEKLY;BYDAY=SA;UNTIL=20260307");
    assertThat(recurrence.expand(rrule, feb(7), HolidayRule.SKIP, 53).occurrences()).extracting(Occurrence::date)
        .containsExactly(feb(14), feb(28));
    assertThat(recurrence.expand(rrule, feb(7), HolidayRule.MOVE, 53).occurrences()).extracting(Occurrence::date)
        .containsExactly(feb(9), feb(14), feb(24), feb(28), LocalDate.of(2026, 3, 9));
  }

  @Test
  void aThursdayOnNewYearsDayMovesToTheMakeUpSunday() {
    LocalDate newYear = LocalDate.of(2026, 1, 1);
    SeriesSchedule schedule = recurrence.expand(
        new Recurrence(RepeatPattern.WEEKLY, null, 2, HolidayRule.MOVE).rrule(newYear), newYear, HolidayRule.MOVE, 53);
    assertThat(schedule.occurrences()).extracting(Occurrence::date)
        .containsExactly(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 8));
  }

  @Test
  void monthlyOnTheSecondTuesdayOrOnADate() {
    LocalDate tuesday = LocalDate.of(2026, 3, 10);
    String secondTuesday = new Recurrence(RepeatPattern.MONTHLY_WEEKDAY, null, 3, HolidayRule.SKIP).rrule(tuesday);
    assertThat(secondTuesday).isEqualTo("FREQ=MONTHLY;BYDAY=2TU;COUNT=3");
    assertThat(recurrence.expand(secondTuesday, tuesday, HolidayRule.SKIP, 53).occurrences())
        .extracting(Occurrence::date)
        .containsExactly(tuesday, LocalDate.of(2026, 4, 14), LocalDate.of(2026, 5, 12));
    // 5 Oct 2026 is National Day; the 5th of each month otherwise.
    LocalDate fifth = LocalDate.of(2026, 8, 5);
    assertThat(recurrence.expand(new Recurrence(RepeatPattern.MONTHLY_DATE, null, 3, HolidayRule.MOVE).rrule(fifth),
        fifth, HolidayRule.MOVE, 53).occurrences()).extracting(Occurrence::date)
        .containsExactly(fifth, LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 8));
  }

  @Test
  void aSeriesNeedsAnEndAndALimit() {
    assertThatThrownBy(() -> recurrence.expand("FREQ=WEEKLY;BYDAY=MO", feb(2), HolidayRule.SKIP, 53))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end");
    assertThatThrownBy(() -> recurrence.expand("FREQ=WEEKLY;BYDAY=MO;COUNT=5", feb(2), HolidayRule.SKIP, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 4");
    assertThatThrownBy(() -> recurrence.expand("FREQ=SOMETIMES", feb(2), HolidayRule.SKIP, 53))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
