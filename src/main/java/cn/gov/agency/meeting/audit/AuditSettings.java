package cn.gov.agency.meeting.audit;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the audit leaves to the agency: how long the engine keeps the history of a finished process
 * (R7.4 archive retention), in days as ISO 8601 (P1825D = 5 years); the history cleanup removes it
 * afterwards. The engine counts time to live in days only, so a period in months or years is refused.
 */
@ConfigurationProperties("meeting.audit")
public record AuditSettings(@DefaultValue("P1825D") Period retention) {

  public AuditSettings {
    if (retention.getYears() != 0 || retention.getMonths() != 0 || retention.getDays() < 1) {
      throw new IllegalArgumentException("meeting.audit.retention must be a number of days such as P1825D");
    }
  }

  public int retentionDays() {
    return retention.getDays();
  }
}
