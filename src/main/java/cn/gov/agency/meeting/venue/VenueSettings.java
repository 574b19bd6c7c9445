package cn.gov.agency.meeting.venue;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The venue stage's configurable limits: the longest period one booking query (calendar API) may
 * span, so a careless query cannot read years of bookings at once; and the office hours of a
 * working day, the time a room is available for meetings (会议室使用率).
 */
@ConfigurationProperties("meeting.venue")
public record VenueSettings(@DefaultValue("92") int maxQueryDays, @DefaultValue OfficeHours officeHours) {

  public VenueSettings {
    if (maxQueryDays < 7) {
      throw new IllegalArgumentException("meeting.venue.max-query-days must be at least 7 (one calendar week)");
    }
  }

  /** meeting.venue.office-hours.start / .end, e.g. 08:30 and 17:30. */
  public record OfficeHours(@DefaultValue("08:30") LocalTime start, @DefaultValue("17:30") LocalTime end) {

    public OfficeHours {
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException("meeting.venue.office-hours.end must be after office-hours.start");
      }
    }

    public Duration perDay() {
      return Duration.between(start, end);
    }
  }
}
