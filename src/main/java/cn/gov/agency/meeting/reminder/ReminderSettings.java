package cn.gov.agency.meeting.reminder;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 会前提醒: {@code retryCycle} is the Camunda retry cycle of each sending channel
 * ({@code R<tries>/<ISO-8601 wait>}); once its tries are used up the channel becomes an incident in
 * Cockpit. The offsets themselves are per meeting type in processes/meeting-reminders.dmn.
 */
@ConfigurationProperties("meeting.reminder")
public record ReminderSettings(@DefaultValue("R3/PT5M") String retryCycle) {

  private static final Pattern CYCLE = Pattern.compile("R\\d{1,3}/P(T?\\d+[SMHD])+");

  public ReminderSettings {
    if (!CYCLE.matcher(retryCycle).matches()) {
      throw new IllegalArgumentException("meeting.reminder.retry-cycle must look like R3/PT5M: " + retryCycle);
    }
  }
}
