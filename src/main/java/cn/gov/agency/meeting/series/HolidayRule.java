package cn.gov.agency.meeting.series;

import java.util.Arrays;
import java.util.Optional;

/** What a series does with an occurrence that falls on a day off (holiday or weekend). */
public enum HolidayRule {
  /** The occurrence is dropped. */
  SKIP("遇非工作日取消该次"),
  /** The occurrence moves to the next working day (make-up working days count). */
  MOVE("遇非工作日顺延至下一工作日");

  private final String label;

  HolidayRule(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<HolidayRule> fromValue(Object value) {
    return value == null ? Optional.empty() : Arrays.stream(values())
        .filter(rule -> rule.name().equalsIgnoreCase(value.toString().trim())).findFirst();
  }
}
