package cn.gov.agency.meeting.hospitality;

import java.util.ArrayList;
import java.util.List;

/**
 * R3.7's rooms by head count and gender: people of the same gender share rooms of the configured
 * size in the order they were named; whoever is left over gets a room of their own. Anyone whose
 * gender is not recorded (guests) gets a single room marked 待确认 rather than a guess.
 */
public final class RoomAllocator {

  static final String MALE = "M";
  static final String FEMALE = "F";

  private final int roomSize;

  public RoomAllocator(int roomSize) {
    if (roomSize < 1) {
      throw new IllegalArgumentException("room size must be at least 1");
    }
    this.roomSize = roomSize;
  }

  public List<Room> allocate(List<Lodger> lodgers) {
    List<Room> rooms = new ArrayList<>();
    for (String gender : List.of(MALE, FEMALE)) {
      List<Lodger> same = lodgers.stream().filter(l -> gender.equals(l.gender())).toList();
      for (int from = 0; from < same.size(); from += roomSize) {
        rooms.add(new Room(rooms.size() + 1, gender, false,
            same.subList(from, Math.min(from + roomSize, same.size()))));
      }
    }
    lodgers.stream().filter(l -> !MALE.equals(l.gender()) && !FEMALE.equals(l.gender()))
        .forEach(unknown -> rooms.add(new Room(rooms.size() + 1, null, true, List.of(unknown))));
    return rooms;
  }
}
