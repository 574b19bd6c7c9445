package cn.gov.agency.meeting.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The agency's working days: Monday to Friday, except listed days off (public holidays,
 * the agency's own days off), plus listed make-up working days (调休上班) on weekends.
 *
 * <p>A year is <em>covered</em> when its national holiday schedule has been entered. Years
 * that are not covered count weekends only (and any explicitly listed dates); callers use
 * {@link #uncoveredYears} to warn that such a result may be wrong.
 *
 * <p>Immutable and thread-safe; kept free of Spring and Camunda so it can be used anywhere.
 */
public final class WorkingCalendar {

  private final Set<Integer> coveredYears;
  private final Set<LocalDate> daysOff;
  private final Set<LocalDate> makeUpWorkingDays;

  /**
   * @param coveredYears      years whose national schedule is entered
   * @param daysOff           dates that are off whatever their weekday
   * @param makeUpWorkingDays dates that are working days whatever their weekday
   * @throws IllegalArgumentException if a date is in both sets
   */
  public WorkingCalendar(Set<Integer> coveredYears, Set<LocalDate> daysOff, Set<LocalDate> makeUpWorkingDays) {
    Set<LocalDate> both = new TreeSet<>(daysOff);
    both.retainAll(makeUpWorkingDays);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException(
          "日期不能既放假又上班 (dates both off and working): " + both);
    }
    this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
    this.daysOff = Set.copyOf(daysOff);
    this.makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
  }

  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (daysOff.contains(date)) {
      return false;
    }
    if (makeUpWorkingDays.contains(date)) {
      return true;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /**
   * The n-th working day strictly before {@code date}; {@code date} itself when n is 0.
   * Used for lead times: a notice due 3 working days before a meeting.
   */
  public LocalDate workingDaysBefore(LocalDate date, int n) {
    return step(date, n, -1);
  }

  /** The n-th working day strictly after {@code date}; {@code date} itself when n is 0. */
  public LocalDate workingDaysAfter(LocalDate date, int n) {
    return step(date, n, 1);
  }

  /** For due dates: a deadline that falls on a day off moves forward to the next working day. */
  public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
    return isWorkingDay(date) ? date : workingDaysAfter(date, 1);
  }

  /** For "must be sent by" dates: a deadline that falls on a day off moves back to the previous working day. */
  public LocalDate previousWorkingDayOnOrBefore(LocalDate date) {
    return isWorkingDay(date) ? date : workingDaysBefore(date, 1);
  }

  /** Sorted, unmodifiable. */
  public Set<Integer> coveredYears() {
    return coveredYears;
  }

  /** The years from {@code from} to {@code to} (inclusive) that are not covered, ascending. */
  public List<Integer> uncoveredYears(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") 晚于 to (" + to + ") (from is after to)");
    }
    return IntStream.rangeClosed(from.getYear(), to.getYear())
        .filter(year -> !coveredYears.contains(year))
        .boxed()
        .toList();
  }

  /** The listed days off, whatever their weekday: for display and checks, not for counting. */
  public Set<LocalDate> daysOff() {
    return daysOff;
  }

  /** The listed working days that would otherwise be off: for display and checks, not for counting. */
  public Set<LocalDate> makeUpWorkingDays() {
    return makeUpWorkingDays;
  }

  private LocalDate step(LocalDate date, int n, int direction) {
    Objects.requireNonNull(date, "date");
    if (n < 0) {
      throw new IllegalArgumentException("n 必须大于或等于 0 (n must be >= 0), was " + n);
    }
    LocalDate current = date;
    int remaining = n;
    while (remaining > 0) {
      current = current.plusDays(direction);
      if (isWorkingDay(current)) {
        remaining--;
      }
    }
    return current;
  }
}
