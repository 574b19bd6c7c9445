package cn.gov.agency.meeting.venue;

import java.util.List;

/** A checked venue-booking form: a room code, known equipment codes, the set-up notes. */
public record BookingInput(String roomCode, List<String> requiredEquipment, String setupNotes) {

  public BookingInput {
    requiredEquipment = List.copyOf(requiredEquipment);
  }
}
