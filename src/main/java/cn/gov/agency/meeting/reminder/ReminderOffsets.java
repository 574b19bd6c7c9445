package cn.gov.agency.meeting.reminder;

import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * One row of processes/meeting-reminders.dmn: remind at {@code dayBeforeTime} on the
 * {@code dayBeforeWorkingDays}-th working day before the meeting, and {@code minutesBefore} minutes
 * before its start; 0 switches that reminder off.
 */
public record ReminderOffsets(int dayBeforeWorkingDays, LocalTime dayBeforeTime, int minutesBefore) {

  private static final int MAX_WORKING_DAYS = 30;
  private static final int MAX_MINUTES = 24 * 60;

  /** Checks what an administrator wrote into the table; a bad row stops the step with the table's column named. */
  public static ReminderOffsets of(Object workingDays, Object time, Object minutes) {
    if (!(workingDays instanceof Number days) || days.intValue() < 0 || days.intValue() > MAX_WORKING_DAYS) {
      throw invalid("dayBeforeWorkingDays", "提前工作日", "必须是 0 到 " + MAX_WORKING_DAYS + " 的整数");
    }
    if (!(minutes instanceof Number before) || before.intValue() < 0 || before.intValue() > MAX_MINUTES) {
      throw invalid("minutesBefore", "会前分钟", "必须是 0 到 " + MAX_MINUTES + " 的整数");
    }
    LocalTime at;
    try {
      at = LocalTime.parse(String.valueOf(time));
    } catch (DateTimeParseException e) {
      throw invalid("dayBeforeTime", "提醒时刻", "必须是 HH:mm 格式的时刻，例如 09:00");
    }
    return new ReminderOffsets(days.intValue(), at, before.intValue());
  }

  private static InvalidInputException invalid(String field, String label, String message) {
    return InvalidInputException.of("会前提醒时间表 meeting-reminders.dmn",
        new Violation(field, label, "valid-offset", message));
  }
}
