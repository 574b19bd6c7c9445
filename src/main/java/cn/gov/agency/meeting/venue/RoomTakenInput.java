package cn.gov.agency.meeting.venue;

import cn.gov.agency.meeting.engine.RejectedProcessInput;
import java.util.function.Supplier;

/**
 * A booking refused because the room is taken: shown on the form like any refused input, but
 * with its own code so that the engine's REST API answers 409 Conflict (see {@link RoomConflictStatus}).
 */
public class RoomTakenInput extends RejectedProcessInput {

  /** Next to {@link RejectedProcessInput#CODE}, outside the engine's reserved range. */
  public static final int CODE = 22409;

  RoomTakenInput(RoomConflictException conflict) {
    super(conflict);
    setCode(CODE);
  }

  static <T> T refusingConflicts(Supplier<T> booking) {
    try {
      return booking.get();
    } catch (RoomConflictException conflict) {
      throw new RoomTakenInput(conflict);
    }
  }
}
