package cn.gov.agency.meeting.notice;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the notice is sent (R3.3). {@code retryCycle} is the Camunda retry cycle of each sending
 * channel ({@code R<tries>/<ISO-8601 wait>}): once its tries are used up the channel becomes an
 * incident in Cockpit instead of being given up silently.
 */
@ConfigurationProperties("meeting.notice")
public record NoticeSettings(@DefaultValue("R5/PT10M") String retryCycle) {

  private static final Pattern CYCLE = Pattern.compile("R\\d{1,3}/P(T?\\d+[SMHD])+");

  public NoticeSettings {
    if (!CYCLE.matcher(retryCycle).matches()) {
      throw new IllegalArgumentException("meeting.notice.retry-cycle must look like R5/PT10M: " + retryCycle);
    }
  }
}
