package cn.gov.agency.meeting.hospitality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rooms by head count and gender (R3.7), without the engine. */
class RoomAllocatorTest {

  private static final Lodger MAN_A = Lodger.person("a", "甲", "办公室", "M");
  private static final Lodger WOMAN_B = Lodger.person("b", "乙", "办公室", "F");
  private static final Lodger MAN_C = Lodger.person("c", "丙", "财务处", "M");
  private static final Lodger MAN_D = Lodger.person("d", "丁", "财务处", "M");
  private static final Lodger GUEST = Lodger.guest("张三", "市财政局");
  private static final Lodger UNRECORDED = Lodger.person("e", "戊", "办公室", null);

  @Test
  void sameGenderPairsShareTwinRoomsAndTheOddOneOutSleepsAlone() {
    List<Room> rooms = new RoomAllocator(2).allocate(List.of(MAN_A, WOMAN_B, MAN_C, MAN_D, GUEST, UNRECORDED));
    assertThat(rooms).extracting(Room::roomNo, Room::gender, Room::toConfirm, Room::occupants).containsExactly(
        tuple(1, "M", false, List.of(MAN_A, MAN_C)),
        tuple(2, "M", false, List.of(MAN_D)),
        tuple(3, "F", false, List.of(WOMAN_B)),
        tuple(4, null, true, List.of(GUEST)),
        tuple(5, null, true, List.of(UNRECORDED)));
    assertThat(rooms).extracting(Room::genderLabel, Room::roomTypeLabel).containsExactly(
        tuple("男", "2人间"), tuple("男", "单间"), tuple("女", "单间"), tuple("待确认", "单间"), tuple("待确认", "单间"));
  }

  @Test
  void roomSizeIsConfigurable() {
    assertThat(new RoomAllocator(3).allocate(List.of(MAN_A, MAN_C, MAN_D, WOMAN_B)))
        .extracting(Room::occupants).containsExactly(List.of(MAN_A, MAN_C, MAN_D), List.of(WOMAN_B));
    assertThat(new RoomAllocator(1).allocate(List.of(MAN_A, MAN_C))).hasSize(2);
  }

  @Test
  void nobodyToHouseGivesNoRooms() {
    assertThat(new RoomAllocator(2).allocate(List.of())).isEmpty();
  }
}
