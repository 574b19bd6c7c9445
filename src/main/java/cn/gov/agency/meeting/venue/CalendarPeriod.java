package cn.gov.agency.meeting.venue;

import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;

/** The days [from, to) a calendar page shows: a week (Monday to Sunday) or a month. */
public record CalendarPeriod(LocalDate from, LocalDate to, boolean monthly) {

  static final String SUBJECT = "会议日历";

  /**
   * {@code week=2030-03-06} (any day of that week) or {@code month=2030-03}; neither means this
   * week, both is a mistake.
   */
  public static CalendarPeriod parse(String week, String month, LocalDate today) {
    boolean hasWeek = week != null && !week.isBlank();
    boolean hasMonth = month != null && !month.isBlank();
    if (hasWeek && hasMonth) {
      throw InvalidInputException.of(SUBJECT, new Violation("month", "月份", "week-or-month", "周和月只能选一个"));
    }
    if (hasMonth) {
      YearMonth yearMonth = parseOr(() -> YearMonth.parse(month.trim()), "month", "月份", "格式为 yyyy-MM，如 2030-03");
      return new CalendarPeriod(yearMonth.atDay(1), yearMonth.plusMonths(1).atDay(1), true);
    }
    LocalDate day = hasWeek ? parseOr(() -> LocalDate.parse(week.trim()), "week", "周", "格式为 yyyy-MM-dd，如 2030-03-06")
        : today;
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new CalendarPeriod(monday, monday.plusDays(7), false);
  }

  public CalendarPeriod previous() {
    return monthly ? month(YearMonth.from(from).minusMonths(1)) : week(from.minusWeeks(1));
  }

  public CalendarPeriod next() {
    return monthly ? month(YearMonth.from(from).plusMonths(1)) : week(from.plusWeeks(1));
  }

  /** The query string of this period: {@code month=2030-03} or {@code week=2030-03-04}. */
  public String query() {
    return monthly ? "month=" + YearMonth.from(from) : "week=" + from;
  }

  private static CalendarPeriod month(YearMonth month) {
    return new CalendarPeriod(month.atDay(1), month.plusMonths(1).atDay(1), true);
  }

  private static CalendarPeriod week(LocalDate monday) {
    return new CalendarPeriod(monday, monday.plusDays(7), false);
  }

  private static <T> T parseOr(java.util.function.Supplier<T> parse, String field, String label, String rule) {
    try {
      return parse.get();
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(SUBJECT, new Violation(field, label, "format", rule));
    }
  }
}
