package cn.gov.agency.meeting.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one audit search answers at a time: {@code pageSize} meetings with matching lines, after
 * examining at most {@code scanLimit} meetings' trails — a search over ten years of meetings goes on
 * page by page ("更早的会议") instead of building every trail in one request.
 */
@ConfigurationProperties("meeting.audit.search")
public record AuditSearchSettings(@DefaultValue("10") int pageSize, @DefaultValue("60") int scanLimit) {

  public AuditSearchSettings {
    if (pageSize < 1 || scanLimit < pageSize) {
      throw new IllegalArgumentException("meeting.audit.search: page-size must be at least 1 and scan-limit at least page-size");
    }
  }
}
