package cn.gov.agency.meeting.venue;

import java.util.List;

/** A checked equipment-check form: a person of the organisation, known equipment codes, remarks or null. */
public record EquipmentCheckInput(String responsibleUserId, List<String> workingEquipment, String remarks) {

  public EquipmentCheckInput {
    workingEquipment = List.copyOf(workingEquipment);
  }
}
