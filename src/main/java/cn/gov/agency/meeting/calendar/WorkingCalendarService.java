package cn.gov.agency.meeting.calendar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * The current working calendar, read from the file an administrator edits.
 *
 * <p>The file is {@code meeting.calendar.location} (a Spring resource location such as
 * {@code file:/etc/meeting/working-calendar.yaml}); when that is blank, {@code processes/working-calendar.yaml}
 * in the working directory if it exists, otherwise the copy the build put on the classpath.
 *
 * <p>Adding a year must not need a rebuild or restart, so the file's modification time is checked at most
 * every {@value #CHECK_INTERVAL_MILLIS} ms and a changed file is read again. A changed file that does not
 * load is logged as an error and the previous calendar stays in use: a typo by an administrator must not
 * stop deadline computation. At startup there is no previous calendar, so a bad file stops the application.
 */
@Service
public class WorkingCalendarService {

  static final String WORKING_DIRECTORY_FILE = "file:processes/working-calendar.yaml";
  static final String CLASSPATH_FILE = "classpath:processes/working-calendar.yaml";
  static final long CHECK_INTERVAL_MILLIS = 5_000;

  private static final Logger log = LoggerFactory.getLogger(WorkingCalendarService.class);
  private static final long UNREADABLE = Long.MIN_VALUE;

  private final Resource resource;
  private final LongSupplier clockMillis;
  private volatile WorkingCalendar calendar;
  private volatile long nextCheckAt;
  private long seenLastModified; // guarded by this

  @Autowired
  public WorkingCalendarService(
      @Value("${meeting.calendar.location:}") String location, ResourceLoader resourceLoader) {
    this(location, resourceLoader, System::currentTimeMillis);
  }

  WorkingCalendarService(String location, ResourceLoader resourceLoader, LongSupplier clockMillis) {
    this.resource = resolve(location, resourceLoader);
    this.clockMillis = clockMillis;
    try {
      this.seenLastModified = resource.lastModified();
      this.calendar = read();
    } catch (IOException | WorkingCalendarFile.InvalidCalendarFileException e) {
      throw new IllegalStateException("无法加载工作日历 " + resource.getDescription()
          + " (cannot load the working calendar): " + e.getMessage(), e);
    }
    this.nextCheckAt = clockMillis.getAsLong() + CHECK_INTERVAL_MILLIS;
    log.info("工作日历已加载 (working calendar loaded) from {}, covered years {}",
        resource.getDescription(), calendar.coveredYears());
  }

  /** The calendar as of the latest readable version of the file. */
  public WorkingCalendar current() {
    long now = clockMillis.getAsLong();
    if (now >= nextCheckAt) {
      reloadIfChanged(now);
    }
    return calendar;
  }

  /** Ascending. */
  public List<Integer> coveredYears() {
    return List.copyOf(current().coveredYears());
  }

  /** The n-th working day strictly before {@code date}, e.g. the last day to send a meeting notice. */
  public CalendarAnswer workingDaysBefore(LocalDate date, int n) {
    WorkingCalendar snapshot = current();
    LocalDate result = snapshot.workingDaysBefore(date, n);
    List<Integer> uncovered = n == 0 ? List.of() : snapshot.uncoveredYears(result, date.minusDays(1));
    return answer(CalendarAnswer.of(result, uncovered), n + " working days before " + date);
  }

  /** The n-th working day strictly after {@code date}, e.g. a due date. */
  public CalendarAnswer workingDaysAfter(LocalDate date, int n) {
    WorkingCalendar snapshot = current();
    LocalDate result = snapshot.workingDaysAfter(date, n);
    List<Integer> uncovered = n == 0 ? List.of() : snapshot.uncoveredYears(date.plusDays(1), result);
    return answer(CalendarAnswer.of(result, uncovered), n + " working days after " + date);
  }

  private CalendarAnswer answer(CalendarAnswer answer, String computation) {
    if (answer.hasWarning()) {
      log.warn("{} = {}: {}", computation, answer.date(), answer.warning());
    }
    return answer;
  }

  private synchronized void reloadIfChanged(long now) {
    if (now < nextCheckAt) {
      return; // another thread has just checked
    }
    nextCheckAt = now + CHECK_INTERVAL_MILLIS;
    long lastModified = lastModified();
    if (lastModified == seenLastModified) {
      return;
    }
    // Remembered even if loading fails, so a bad edit is reported once, not every few seconds.
    seenLastModified = lastModified;
    if (lastModified == UNREADABLE) {
      log.error("工作日历 {} 无法读取，继续使用上次加载的版本 (calendar file unreadable, keeping the previous"
          + " calendar)", resource.getDescription());
      return;
    }
    try {
      calendar = read();
      log.info("工作日历已重新加载 (working calendar reloaded) from {}, covered years {}",
          resource.getDescription(), calendar.coveredYears());
    } catch (IOException | WorkingCalendarFile.InvalidCalendarFileException e) {
      log.error("工作日历重新加载失败，继续使用上次加载的版本 (reload failed, keeping the previous calendar): {}",
          e.getMessage());
    }
  }

  private long lastModified() {
    try {
      return resource.lastModified();
    } catch (IOException e) {
      return UNREADABLE;
    }
  }

  private WorkingCalendar read() throws IOException {
    try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
      return WorkingCalendarFile.parse(reader, resource.getDescription());
    }
  }

  private static Resource resolve(String location, ResourceLoader resourceLoader) {
    if (location != null && !location.isBlank()) {
      return resourceLoader.getResource(location.trim());
    }
    Resource inWorkingDirectory = resourceLoader.getResource(WORKING_DIRECTORY_FILE);
    return inWorkingDirectory.exists() ? inWorkingDirectory : resourceLoader.getResource(CLASSPATH_FILE);
  }
}
