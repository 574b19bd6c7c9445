package cn.gov.agency.meeting.adhoc;

import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.series.Recurrence;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** An application as stored, with its participants and every step it went through. */
public record AdhocApplication(
    long id, String processInstanceId, String applicantUserId, String hostDepartmentCode,
    String meetingType, String title, String necessity, LocalDateTime plannedStart,
    LocalDateTime plannedEnd, String place, String content, BigDecimal budgetEstimate,
    ApplicationStatus status, Long meetingId, LocalDateTime submittedAt, LocalDateTime updatedAt,
    List<Participant> participants, List<Event> events, Recurrence recurrence, String seriesRoomCode) {

  public String statusLabel() {
    return status.label();
  }

  public record Event(ApplicationAction action, String actorUserId, String comment, LocalDateTime occurredAt) {
    public String actionLabel() {
      return action.label();
    }
  }
}
