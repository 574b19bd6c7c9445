package cn.gov.agency.meeting.venue;

import java.util.Collection;
import java.util.List;

/** A meeting room as the room table holds it; {@code equipment} are equipment codes. */
public record Room(long id, String code, String name, String building, int floor, int capacity,
    List<String> equipment, boolean active) {

  public Room {
    equipment = List.copyOf(equipment);
  }

  public boolean hasAll(Collection<String> required) {
    return equipment.containsAll(required);
  }

  public List<String> missing(Collection<String> required) {
    return required.stream().filter(code -> !equipment.contains(code)).toList();
  }
}
