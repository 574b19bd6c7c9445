package cn.gov.agency.meeting.notice;

import org.springframework.stereotype.Component;

/**
 * Gives the diagram's sending steps their retry cycle from configuration:
 * {@code <camunda:failedJobRetryTimeCycle>${noticeRetries.cycle}</camunda:failedJobRetryTimeCycle>}.
 */
@Component("noticeRetries")
public class NoticeRetries {

  private final NoticeSettings settings;

  NoticeRetries(NoticeSettings settings) {
    this.settings = settings;
  }

  public String getCycle() {
    return settings.retryCycle();
  }
}
