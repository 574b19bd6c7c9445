package cn.gov.agency.meeting.venue;

import java.time.LocalDateTime;
import java.util.List;

/** How a meeting's venue is arranged (R3.5): the booking, set-up, equipment check and who looks after it. */
public record VenueArrangement(long meetingId, long bookingId, List<String> requiredEquipment, String setupNotes,
    String arrangedBy, LocalDateTime arrangedAt, String equipmentResponsible, String equipmentCheckedBy,
    LocalDateTime equipmentCheckedAt, String equipmentRemarks) {

  public VenueArrangement {
    requiredEquipment = List.copyOf(requiredEquipment);
  }
}
