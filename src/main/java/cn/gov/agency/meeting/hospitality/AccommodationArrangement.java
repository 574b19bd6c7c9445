package cn.gov.agency.meeting.hospitality;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The accommodation the office arranged for a meeting (R3.7) with its room list, as recorded. */
public record AccommodationArrangement(long id, long meetingId, String hotelCode, String hotelName,
    String hotelAddress, String hotelAgreementNumber, BigDecimal standardPerRoomNight, LocalDateTime checkIn,
    LocalDateTime checkOut, String arrangedBy, LocalDateTime arrangedAt, List<Room> rooms,
    String responsibleUserId) {

  public AccommodationArrangement {
    rooms = List.copyOf(rooms);
  }

  /** Nights between the check-in and the check-out day. */
  public long nights() {
    return ChronoUnit.DAYS.between(checkIn.toLocalDate(), checkOut.toLocalDate());
  }

  public int lodgerCount() {
    return rooms.stream().mapToInt(room -> room.occupants().size()).sum();
  }

  public long roomsToConfirm() {
    return rooms.stream().filter(Room::toConfirm).count();
  }
}
