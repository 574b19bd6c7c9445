package cn.gov.agency.meeting.meetingtype;

import java.util.List;

/**
 * One meeting type of R2: who organises it, who usually attends, its agenda and its output, and
 * the material kinds (codes of {@link MaterialKind}) the host department must submit for it (R3.4),
 * and whether an attendee who asks for leave must name a substitute (代会, R5.1).
 */
public record MeetingType(
    String code, String name, String purpose, String organiser, String usualParticipants,
    List<String> agendaItems, String outputDocument, String outputDescription, List<String> requiredMaterials,
    boolean substituteRequired) {

  public MeetingType {
    agendaItems = agendaItems == null ? List.of() : List.copyOf(agendaItems);
    requiredMaterials = requiredMaterials == null ? List.of() : List.copyOf(requiredMaterials);
  }
}
