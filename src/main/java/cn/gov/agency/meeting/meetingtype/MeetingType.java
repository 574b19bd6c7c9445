package cn.gov.agency.meeting.meetingtype;

import java.util.List;

/** One meeting type of R2: who organises it, who usually attends, its agenda and its output. */
public record MeetingType(
    String code, String name, String purpose, String organiser, String usualParticipants,
    List<String> agendaItems, String outputDocument, String outputDescription) {

  public MeetingType {
    agendaItems = agendaItems == null ? List.of() : List.copyOf(agendaItems);
  }
}
