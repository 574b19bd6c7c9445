package cn.gov.agency.meeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The calendar file shipped with the application matches the published State Council schedules. */
class ProvidedWorkingCalendarFileTest {

  private static WorkingCalendar calendar;

  @BeforeAll
  static void readTheShippedFile() throws IOException {
    Path file = Path.of("processes", "working-calendar.yaml");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      calendar = WorkingCalendarFile.parse(reader, file.toString());
    }
  }

  @Test
  void coversThePublishedYears() {
    assertThat(calendar.coveredYears()).contains(2025, 2026);
  }

  @Test
  void has2026As33DaysOffAnd6MakeUpDays() {
    assertThat(inYear(calendar.daysOff(), 2026)).hasSize(33);
    assertThat(inYear(calendar.makeUpWorkingDays(), 2026)).hasSize(6)
        .extracting(LocalDate::toString)
        .containsExactlyInAnyOrder("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09",
            "2026-09-20", "2026-10-10");
  }

  @Test
  void has2025As28DaysOffAnd5MakeUpDays() {
    assertThat(inYear(calendar.daysOff(), 2025)).hasSize(28);
    assertThat(inYear(calendar.makeUpWorkingDays(), 2025)).hasSize(5)
        .allMatch(date -> date.getDayOfWeek() == DayOfWeek.SATURDAY
            || date.getDayOfWeek() == DayOfWeek.SUNDAY);
  }

  @Test
  void answersTheSpecExamples() {
    assertThat(calendar.workingDaysBefore(LocalDate.parse("2026-01-05"), 3)).isEqualTo("2025-12-30");
    assertThat(calendar.workingDaysBefore(LocalDate.parse("2026-02-24"), 3)).isEqualTo("2026-02-12");
    assertThat(calendar.workingDaysBefore(LocalDate.parse("2025-10-09"), 1)).isEqualTo("2025-09-30");
  }

  private static Set<LocalDate> inYear(Set<LocalDate> dates, int year) {
    return Set.copyOf(dates.stream().filter(date -> date.getYear() == year).toList());
  }
}
