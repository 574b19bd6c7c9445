package cn.gov.agency.meeting.venue;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The venue stage's configurable limits: the longest period one booking query (calendar API) may
 * span, so a careless query cannot read years of bookings at once; and the office hours of a
 * working day, the time a room is available for meetings (会议室使用率); and when 会前设备检查 comes
 * into the office's inbox.
 */
@ConfigurationProperties("meeting.venue")
public record VenueSettings(@DefaultValue("92") int maxQueryDays, @DefaultValue OfficeHours officeHours,
    @DefaultValue EquipmentCheck equipmentCheck) {

  public VenueSettings {
    if (maxQueryDays < 7) {
      throw new IllegalArgumentException("meeting.venue.max-query-days must be at least 7 (one calendar week)");
    }
  }

  /**
   * meeting.venue.equipment-check.working-days-before / .time: the check opens at that time of the
   * working day so many working days before the meeting's day (0: the meeting's own day).
   */
  public record EquipmentCheck(@DefaultValue("1") int workingDaysBefore, @DefaultValue("15:00") LocalTime time) {

    public EquipmentCheck {
      if (workingDaysBefore < 0) {
        throw new IllegalArgumentException("meeting.venue.equipment-check.working-days-before must not be negative");
      }
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
