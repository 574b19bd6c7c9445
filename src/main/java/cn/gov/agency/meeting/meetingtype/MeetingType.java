package cn.gov.agency.meeting.meetingtype;

import java.util.List;

/**
 * One meeting type of R2: who organises it, who usually attends, its agenda and its output, and
 * the material kinds (codes of {@link MaterialKind}) the host department must submit for it (R3.4),
 * whether an attendee who asks for leave must name a substitute (代会, R5.1), whether its topics
 * are collected from the departments before the agenda is fixed (R2 工作部署会), and the structure of
 * its notice and minutes (R1.1: configuration and templates, no code).
 */
public record MeetingType(
    String code, String name, String purpose, String organiser, String usualParticipants,
    List<String> agendaItems, String outputDocument, String outputDescription, List<String> requiredMaterials,
    boolean substituteRequired, boolean collectsTopics, NoticeStructure notice, MinutesStructure minutes) {

  public MeetingType {
    agendaItems = agendaItems == null ? List.of() : List.copyOf(agendaItems);
    requiredMaterials = requiredMaterials == null ? List.of() : List.copyOf(requiredMaterials);
    notice = notice == null ? NoticeStructure.COMMON : notice;
    minutes = minutes == null ? MinutesStructure.COMMON : minutes;
  }
}
