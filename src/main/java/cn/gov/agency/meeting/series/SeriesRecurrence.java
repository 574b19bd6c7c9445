package cn.gov.agency.meeting.series;

import cn.gov.agency.meeting.calendar.WorkingCalendar;
import cn.gov.agency.meeting.calendar.WorkingCalendarService;
import cn.gov.agency.meeting.series.SeriesSchedule.Occurrence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.springframework.stereotype.Component;

/**
 * Expands a series' RRULE (lib-recur) into meeting dates and applies its holiday rule against the
 * agency's working calendar, make-up working days (调休上班) included.
 */
@Component
public class SeriesRecurrence {

  private final WorkingCalendarService calendar;

  public SeriesRecurrence(WorkingCalendarService calendar) {
    this.calendar = calendar;
  }

  /**
   * @throws IllegalArgumentException if the rule is not valid RFC 5545, has no end, or gives more
   *     than {@code maxOccurrences} dates
   */
  public SeriesSchedule expand(String rrule, LocalDate first, HolidayRule holidayRule, int maxOccurrences) {
    WorkingCalendar days = calendar.current();
    List<Occurrence> occurrences = new ArrayList<>();
    List<LocalDate> dropped = new ArrayList<>();
    Set<LocalDate> taken = new LinkedHashSet<>();
    for (LocalDate ruleDate : ruleDates(rrule, first, maxOccurrences)) {
      LocalDate date = days.isWorkingDay(ruleDate) || holidayRule == HolidayRule.SKIP
          ? ruleDate : days.nextWorkingDayOnOrAfter(ruleDate);
      if (!days.isWorkingDay(date) || !taken.add(date)) {
        dropped.add(ruleDate);
      } else {
        occurrences.add(new Occurrence(ruleDate, date));
      }
    }
    return new SeriesSchedule(occurrences, dropped);
  }

  private static List<LocalDate> ruleDates(String rrule, LocalDate first, int maxOccurrences) {
    RecurrenceRule rule;
    try {
      rule = new RecurrenceRule(rrule);
    } catch (InvalidRecurrenceRuleException e) {
      throw new IllegalArgumentException("not an RFC 5545 recurrence rule: " + rrule, e);
    }
    if (rule.isInfinite()) {
      throw new IllegalArgumentException("a series needs an end (UNTIL or COUNT): " + rrule);
    }
    RecurrenceRuleIterator iterator = rule.iterator(
        new DateTime(first.getYear(), first.getMonthValue() - 1, first.getDayOfMonth()));
    List<LocalDate> dates = new ArrayList<>();
    while (iterator.hasNext()) {
      DateTime next = iterator.nextDateTime();
      if (dates.size() == maxOccurrences) {
        throw new IllegalArgumentException("more than " + maxOccurrences + " occurrences: " + rrule);
      }
      dates.add(LocalDate.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth()));
    }
    return dates;
  }
}
