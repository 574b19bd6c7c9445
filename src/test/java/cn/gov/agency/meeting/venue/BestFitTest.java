package cn.gov.agency.meeting.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 空闲会议室查询's order: the smallest room that fits, then the one with the fewest devices beyond the need. */
class BestFitTest {

  @Test
  void smallestThatFitsFirstThenFewestExtraEquipment() {
    List<Room> rooms = List.of(
        room("BIG", 40, "projector", "microphones"),
        room("RICH", 20, "projector", "microphones", "sound_system", "video_conference"),
        room("PLAIN", 20, "projector", "microphones", "tables_chairs"),
        room("TINY", 8, "projector", "microphones"),
        room("NOMIC", 12, "projector"),
        room("EXACT", 20, "projector", "microphones"));

    assertThat(VenueService.bestFit(rooms, 10, List.of("projector", "microphones"))).extracting(Room::code)
        .containsExactly("EXACT", "PLAIN", "RICH", "BIG");
    assertThat(VenueService.bestFit(rooms, 10, List.of())).extracting(Room::code)
        .containsExactly("NOMIC", "EXACT", "PLAIN", "RICH", "BIG");
    assertThat(VenueService.bestFit(rooms, 41, List.of())).isEmpty();
  }

  private static Room room(String code, int capacity, String... equipment) {
    return new Room(1, code, code, "楼", 1, capacity, List.of(equipment), true, false, List.of());
  }
}
