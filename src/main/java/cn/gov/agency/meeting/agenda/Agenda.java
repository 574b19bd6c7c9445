package cn.gov.agency.meeting.agenda;

import java.time.LocalDateTime;
import java.util.List;

/** A meeting's agenda (R2): its topics by department, the office's draft and the leader's decisions. */
public record Agenda(long id, long meetingId, AgendaStatus status, LocalDateTime topicDeadline, List<String> items,
    String draftedBy, String fixedBy, LocalDateTime fixedAt, List<DepartmentAnswer> departments,
    List<Review> reviews) {

  /** What one department answered: its topics, none, or nothing by the deadline. */
  public record DepartmentAnswer(String departmentCode, String departmentName, String status, String statusLabel,
      List<String> topics, String answeredBy, LocalDateTime answeredAt) {}

  public record Review(String decision, String decisionLabel, String comment, String reviewedBy,
      LocalDateTime reviewedAt) {}
}
