package cn.gov.agency.meeting.venue;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A meeting room as the room table holds it; {@code equipment} are equipment codes. A room with
 * {@code approvalRequired} is booked provisionally until the office approves the booking.
 */
public record Room(long id, String code, String name, String building, int floor, int capacity,
    List<String> equipment, boolean active, boolean approvalRequired, List<OutOfService> outOfService) {

  public Room {
    equipment = List.copyOf(equipment);
    outOfService = List.copyOf(outOfService);
  }

  public boolean hasAll(Collection<String> required) {
    return equipment.containsAll(required);
  }

  public List<String> missing(Collection<String> required) {
    return required.stream().filter(code -> !equipment.contains(code)).toList();
  }

  /** The first out-of-service period overlapping [start, end), if any. */
  public Optional<OutOfService> outOfServiceDuring(LocalDateTime start, LocalDateTime end) {
    return outOfService.stream().filter(period -> period.overlaps(start, end)).findFirst();
  }

  /** Equipment beyond what was asked for: the best fit has the fewest. */
  int extraEquipment(Collection<String> required) {
    return (int) equipment.stream().filter(code -> !required.contains(code)).count();
  }
}
