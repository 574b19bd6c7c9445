package cn.gov.agency.meeting.distribution;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the approved minutes are sent (R7.1). {@code retryCycle} is the Camunda retry cycle of each
 * sending step ({@code R<tries>/<ISO-8601 wait>}): once its tries are used up the step becomes an
 * incident in Cockpit instead of being given up silently.
 */
@ConfigurationProperties("meeting.distribution")
public record DistributionSettings(@DefaultValue("R5/PT10M") String retryCycle) {

  private static final Pattern CYCLE = Pattern.compile("R\\d{1,3}/P(T?\\d+[SMHD])+");

  public DistributionSettings {
    if (!CYCLE.matcher(retryCycle).matches()) {
      throw new IllegalArgumentException("meeting.distribution.retry-cycle must look like R5/PT10M: " + retryCycle);
    }
  }
}
