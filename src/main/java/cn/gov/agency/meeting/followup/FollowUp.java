package cn.gov.agency.meeting.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The follow-up of one resolution: what, who carries it out (the department and, once someone of it
 * reported, its 承办人), by when, and how it stands or ended.
 */
public record FollowUp(long id, long meetingId, long resolutionId, int index, String resolutionText,
    String departmentCode, String departmentName, LocalDate deadline, FollowUpStatus status, int progress,
    boolean overdue, String processInstanceId, LocalDateTime completedAt, Outcome outcome, String closedBy,
    LocalDateTime closedAt, String responsibleUserId) {

  public String statusLabel() {
    return outcome == null ? status.label() : outcome.label();
  }
}
