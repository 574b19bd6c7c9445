package cn.gov.agency.meeting.followup;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What R7.1 and R7.3 leave to the agency: how often the office checks each open resolution (an
 * ISO 8601 repeating interval, e.g. R/P7D weekly), how many working days before the deadline the
 * responsible department is reminded and at what time, and the longest text of a report.
 */
@ConfigurationProperties("meeting.followup")
public record FollowUpSettings(
    @DefaultValue("R/P7D") String checkCycle,
    @DefaultValue("3") int reminderWorkingDays,
    @DefaultValue("09:00") LocalTime reminderTime,
    @DefaultValue("2000") int maxTextLength) {

  public FollowUpSettings {
    if (!checkCycle.matches("R\\d*/P\\S+")) {
      throw new IllegalArgumentException("meeting.followup.check-cycle must be a repeating interval such as R/P7D");
    }
    if (reminderWorkingDays < 0) {
      throw new IllegalArgumentException("meeting.followup.reminder-working-days must not be negative");
    }
    if (maxTextLength < 1 || maxTextLength > 2000) {
      throw new IllegalArgumentException("meeting.followup.max-text-length must be between 1 and 2000");
    }
  }
}
