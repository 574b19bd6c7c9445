package cn.gov.agency.meeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

@ExtendWith(OutputCaptureExtension.class)
class WorkingCalendarServiceTest {

  private static final String YEAR_2026 = """
        - year: 2026
          source: 国务院办公厅关于2026年部分节假日安排的通知
          holidays:
            - { name: 春节, from: 2026-02-15, to: 2026-02-23 }
          workdays:
            - { date: 2026-02-14, holiday: 春节 }
      """;
  private static final String YEAR_2027 = """
        - year: 2027
          source: 国务院办公厅关于2027年部分节假日安排的通知
          holidays:
            - { name: 元旦, from: 2027-01-01, to: 2027-01-03 }
      """;

  @TempDir
  Path directory;

  private final AtomicLong clock = new AtomicLong(1_000_000);

  @Test
  void reloadsAChangedFileAfterTheCheckInterval() throws IOException {
    Path file = write("years:\n" + YEAR_2026, 1);
    WorkingCalendarService service = serviceFor(file);
    assertThat(service.coveredYears()).containsExactly(2026);

    write("years:\n" + YEAR_2026 + YEAR_2027, 2);
    clock.addAndGet(WorkingCalendarService.CHECK_INTERVAL_MILLIS - 1);
    assertThat(service.coveredYears()).as("not checked again yet").containsExactly(2026);

    clock.addAndGet(1);
    assertThat(service.coveredYears()).containsExactly(2026, 2027);
    assertThat(service.current().isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
  }

  @Test
  void aBrokenEditKeepsThePreviousCalendarUntilItIsFixed(CapturedOutput output) throws IOException {
    Path file = write("years:\n" + YEAR_2026, 1);
    WorkingCalendarService service = serviceFor(file);
    WorkingCalendar before = service.current();

    write("years:\n" + YEAR_2026 + YEAR_2027.replace("to: 2027-01-03", "to: 2027-01-32"), 2);
    clock.addAndGet(WorkingCalendarService.CHECK_INTERVAL_MILLIS);

    assertThat(service.current()).isSameAs(before);
    assertThat(output).contains("重新加载失败", "2027-01-32 不是有效日期");

    write("years:\n" + YEAR_2026 + YEAR_2027, 3);
    clock.addAndGet(WorkingCalendarService.CHECK_INTERVAL_MILLIS);
    assertThat(service.coveredYears()).containsExactly(2026, 2027);
  }

  @Test
  void aBadFileAtStartupStopsTheApplication() throws IOException {
    Path file = write("years:\n" + YEAR_2026.replace("year: 2026", "year: 2025"), 1);

    assertThatThrownBy(() -> serviceFor(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("无法加载工作日历")
        .hasMessageContaining("不在 2025 年内");
  }

  @Test
  void warnsWhenAnAnswerReliesOnAnUncoveredYear(CapturedOutput output) throws IOException {
    WorkingCalendarService service = serviceFor(write("years:\n" + YEAR_2026, 1));

    CalendarAnswer covered = service.workingDaysBefore(LocalDate.parse("2026-02-24"), 3);
    assertThat(covered).isEqualTo(new CalendarAnswer(LocalDate.parse("2026-02-12"), List.of(), null));

    CalendarAnswer uncovered = service.workingDaysBefore(LocalDate.parse("2027-01-05"), 3);
    assertThat(uncovered.date()).isEqualTo("2026-12-31");
    assertThat(uncovered.uncoveredYears()).containsExactly(2027);
    assertThat(uncovered.warning())
        .isEqualTo("2027年节假日安排尚未录入工作日历，仅按周末计算 (2027 is not in the working calendar yet: weekends only)");
    assertThat(output).contains("3 working days before 2027-01-05 = 2026-12-31: 2027年节假日安排尚未录入工作日历");

    CalendarAnswer twoYears = service.workingDaysAfter(LocalDate.parse("2026-12-01"), 300);
    assertThat(twoYears.uncoveredYears()).containsExactly(2027, 2028);
    assertThat(twoYears.warning()).startsWith("2027、2028年").contains("2027, 2028 are not");
  }

  @Test
  void countsOnlyTheDaysItConsults() throws IOException {
    WorkingCalendarService service = serviceFor(write("years:\n" + YEAR_2026, 1));

    assertThat(service.workingDaysBefore(LocalDate.parse("2027-01-01"), 1).uncoveredYears()).isEmpty();
    assertThat(service.workingDaysAfter(LocalDate.parse("2027-01-01"), 0).warning()).isNull();
    assertThat(service.workingDaysAfter(LocalDate.parse("2026-12-31"), 1).uncoveredYears()).containsExactly(2027);
  }

  @Test
  void withoutALocationPrefersTheWorkingDirectoryFileOverTheClasspathCopy() throws IOException {
    Path inWorkingDirectory = write("years:\n" + YEAR_2026 + YEAR_2027, 1);
    Path onClasspath = Files.writeString(directory.resolve("classpath.yaml"), "years:\n" + YEAR_2026);

    assertThat(new WorkingCalendarService("", loader(inWorkingDirectory, onClasspath)).coveredYears())
        .containsExactly(2026, 2027);
    assertThat(new WorkingCalendarService(" ", loader(directory.resolve("absent.yaml"), onClasspath))
        .coveredYears()).containsExactly(2026);
  }

  private WorkingCalendarService serviceFor(Path file) {
    return new WorkingCalendarService("file:" + file, new DefaultResourceLoader(), clock::get);
  }

  /** Writes the calendar file with a distinct modification time, as an administrator's save would have. */
  private Path write(String yaml, int version) throws IOException {
    Path file = directory.resolve("working-calendar.yaml");
    Files.writeString(file, yaml);
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L + version * 60_000L));
    return file;
  }

  private static ResourceLoader loader(Path workingDirectoryFile, Path classpathFile) {
    return new DefaultResourceLoader() {
      @Override
      public Resource getResource(String location) {
        return switch (location) {
          case WorkingCalendarService.WORKING_DIRECTORY_FILE -> new FileSystemResource(workingDirectoryFile);
          case WorkingCalendarService.CLASSPATH_FILE -> new FileSystemResource(classpathFile);
          default -> throw new IllegalArgumentException(location);
        };
      }
    };
  }
}
