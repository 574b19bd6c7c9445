package cn.gov.agency.meeting.reminder;

import org.springframework.stereotype.Component;

/**
 * Gives the diagram's sending steps their retry cycle from configuration:
 * {@code <camunda:failedJobRetryTimeCycle>${meetingReminderRetries.cycle}</camunda:failedJobRetryTimeCycle>}.
 */
@Component("meetingReminderRetries")
public class ReminderRetries {

  private final ReminderSettings settings;

  ReminderRetries(ReminderSettings settings) {
    this.settings = settings;
  }

  public String getCycle() {
    return settings.retryCycle();
  }
}
