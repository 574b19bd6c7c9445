package cn.gov.agency.meeting.plan;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The annual plan's configurable dates (R3.1): the day of the year before by which departments
 * submit ({@code MM-dd}, moved back to a working day), and how many working days before that
 * they are reminded.
 */
@ConfigurationProperties("meeting.plan")
public record PlanSettings(
    @DefaultValue("12-20") String submissionDeadline,
    @DefaultValue("3") int reminderWorkingDays) {

  public PlanSettings {
    MonthDay.parse(submissionDeadline, DateTimeFormatter.ofPattern("MM-dd"));
    if (reminderWorkingDays < 0) {
      throw new IllegalArgumentException("meeting.plan.reminder-working-days must be >= 0");
    }
  }

  public MonthDay deadlineInYearBefore() {
    return MonthDay.parse(submissionDeadline, DateTimeFormatter.ofPattern("MM-dd"));
  }
}
