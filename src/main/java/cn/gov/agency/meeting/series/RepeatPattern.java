package cn.gov.agency.meeting.series;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The repeat choices an application offers, each an RFC 5545 RRULE anchored on the first
 * meeting's date (its weekday, its n-th weekday of the month or its day of the month).
 */
public enum RepeatPattern {
  WEEKLY("每周"),
  BIWEEKLY("每两周"),
  MONTHLY_WEEKDAY("每月第几个星期几"),
  MONTHLY_DATE("每月同一日期");

  private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

  private final String label;

  RepeatPattern(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The rule without its end (UNTIL or COUNT), which the series adds. */
  String rule(LocalDate first) {
    String day = DAYS[first.getDayOfWeek().getValue() - 1];
    return switch (this) {
      case WEEKLY -> "FREQ=WEEKLY;BYDAY=" + day;
      case BIWEEKLY -> "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + day;
      // A fifth weekday does not exist every month: "the last" is what such an applicant means.
      case MONTHLY_WEEKDAY -> "FREQ=MONTHLY;BYDAY=" + (first.getDayOfMonth() > 28 ? -1 : (first.getDayOfMonth() + 6) / 7) + day;
      case MONTHLY_DATE -> "FREQ=MONTHLY;BYMONTHDAY=" + first.getDayOfMonth();
    };
  }

  public static Optional<RepeatPattern> fromValue(Object value) {
    return value == null ? Optional.empty() : Arrays.stream(values())
        .filter(pattern -> pattern.name().equalsIgnoreCase(value.toString().trim())).findFirst();
  }
}
