package cn.gov.agency.meeting.hospitality;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What R3.7 leaves to the agency: the cap on the room standard (yuan per room and night) and how
 * many people of the same gender share a room.
 */
@ConfigurationProperties("meeting.accommodation")
public record AccommodationSettings(
    @DefaultValue("400") BigDecimal maxStandardPerRoomNight,
    @DefaultValue("2") int roomSize) {

  public AccommodationSettings {
    if (maxStandardPerRoomNight.signum() <= 0 || roomSize < 1) {
      throw new IllegalArgumentException(
          "meeting.accommodation: max-standard-per-room-night > 0, room-size >= 1");
    }
  }
}
