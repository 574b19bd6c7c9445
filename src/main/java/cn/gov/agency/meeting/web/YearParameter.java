package cn.gov.agency.meeting.web;

import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;

/** The {@code year} request parameter of the year-based pages and APIs: this year when absent. */
public final class YearParameter {

  private YearParameter() {}

  public static int resolve(Integer requested, Clock clock, String subject) {
    int year = requested == null ? LocalDate.now(clock).getYear() : requested;
    if (year < 2000 || year > 2100) {
      throw InvalidInputException.of(subject, new Violation("year", "年度", "range", "必须在 2000 到 2100 之间"));
    }
    return year;
  }
}
