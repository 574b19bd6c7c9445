package cn.gov.agency.meeting.meeting;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When preparation deadlines fall within their day, and how early the responsible role is warned.
 * The lead days themselves come per meeting type from processes/meeting-lead-times.dmn.
 *
 * @param deadlineTime the time on the last allowed working day after which a step is late
 * @param escalationWorkingDays how many working days before a deadline the warning goes out
 * @param escalationTime the time of day the warning goes out
 */
@ConfigurationProperties("meeting.preparation")
public record PreparationSettings(
    @DefaultValue("18:00") LocalTime deadlineTime,
    @DefaultValue("1") int escalationWorkingDays,
    @DefaultValue("09:00") LocalTime escalationTime) {

  public PreparationSettings {
    if (escalationWorkingDays < 0) {
      throw new IllegalArgumentException("meeting.preparation.escalation-working-days must be >= 0");
    }
  }
}
