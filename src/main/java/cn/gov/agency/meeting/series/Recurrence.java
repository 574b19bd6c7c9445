package cn.gov.agency.meeting.series;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A checked recurrence: how the meeting repeats, until when (or how many times), and around holidays. */
public record Recurrence(RepeatPattern pattern, LocalDate until, Integer count, HolidayRule holidayRule) {

  private static final DateTimeFormatter RRULE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  public Recurrence {
    if ((until == null) == (count == null)) {
      throw new IllegalArgumentException("a recurrence ends either on a date or after a count");
    }
  }

  /** The iCalendar RRULE of the series starting on {@code first}. */
  public String rrule(LocalDate first) {
    return pattern.rule(first) + (until != null ? ";UNTIL=" + RRULE_DATE.format(until) : ";COUNT=" + count);
  }
}
