package cn.gov.agency.meeting.venue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The venue stage's configurable limits: the longest period one booking query (calendar API) may
 * span, so a careless query cannot read years of bookings at once.
 */
@ConfigurationProperties("meeting.venue")
public record VenueSettings(@DefaultValue("92") int maxQueryDays) {

  public VenueSettings {
    if (maxQueryDays < 7) {
      throw new IllegalArgumentException("meeting.venue.max-query-days must be at least 7 (one calendar week)");
    }
  }
}
