package cn.gov.agency.meeting.hospitality;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A checked accommodation request (R3.7): the hotel, the standard, the stay, and who needs a room. */
public record AccommodationPlan(DesignatedSupplier hotel, BigDecimal standardPerRoomNight, LocalDateTime checkIn,
    LocalDateTime checkOut, List<Lodger> lodgers, String responsibleUserId) {

  public AccommodationPlan {
    lodgers = List.copyOf(lodgers);
  }
}
