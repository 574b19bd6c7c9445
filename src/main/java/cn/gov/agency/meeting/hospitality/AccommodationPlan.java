package cn.gov.agency.meeting.hospitality;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A checked accommodation request (R3.7): the hotel, the standard, the stay, and who needs a room. */
public record AccommodationPlan(DesignatedSupplier hotel, BigDecimal standardPerRoomNight, LocalDateTime checkIn,
    LocalDateTime checkOut, List<Lodger> lodgers, String responsibleUserId) {

  public AccommodationPlan {
    lodgers = List.copyOf(lodgers);
  }

  /** Nights charged: hotel nights between the check-in and check-out days, at least one. */
  public long nights() {
    return Math.max(1, ChronoUnit.DAYS.between(checkIn.toLocalDate(), checkOut.toLocalDate()));
  }

  /** What the stay commits (R6.1): rooms × nights × standard. */
  public BigDecimal cost(int rooms) {
    return standardPerRoomNight.multiply(BigDecimal.valueOf(rooms * nights()));
  }
}
