package cn.gov.agency.meeting.hospitality;

import java.util.List;

/**
 * One room of the room list: its number, the gender of its occupants, and whether the gender is
 * unknown so the office must confirm it with the guest (待确认).
 */
public record Room(int roomNo, String gender, boolean toConfirm, List<Lodger> occupants) {

  public Room {
    occupants = List.copyOf(occupants);
  }

  public String genderLabel() {
    return switch (gender == null ? "" : gender) {
      case RoomAllocator.MALE -> "男";
      case RoomAllocator.FEMALE -> "女";
      default -> "待确认";
    };
  }

  public String roomTypeLabel() {
    return occupants.size() == 1 ? "单间" : occupants.size() + "人间";
  }
}
