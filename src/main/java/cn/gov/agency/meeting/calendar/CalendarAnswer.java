package cn.gov.agency.meeting.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A date computed from the working calendar, with the years it relied on that the calendar does not
 * cover (counted as weekends only) and, if there are any, a warning to show next to the date.
 *
 * @param warning Chinese with English in brackets; null when every year involved is covered
 */
public record CalendarAnswer(LocalDate date, List<Integer> uncoveredYears, String warning) {

  public CalendarAnswer {
    uncoveredYears = List.copyOf(uncoveredYears);
  }

  public static CalendarAnswer of(LocalDate date, List<Integer> uncoveredYears) {
    return new CalendarAnswer(date, uncoveredYears, uncoveredYears.isEmpty() ? null : warningFor(uncoveredYears));
  }

  public boolean hasWarning() {
    return warning != null;
  }

  private static String warningFor(List<Integer> years) {
    String chinese = years.stream().map(String::valueOf).collect(Collectors.joining("、"));
    String english = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return chinese + "年节假日安排尚未录入工作日历，仅按周末计算 (" + english
        + (years.size() == 1 ? " is" : " are") + " not in the working calendar yet: weekends only)";
  }
}
