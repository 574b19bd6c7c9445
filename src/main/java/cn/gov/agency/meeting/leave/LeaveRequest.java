package cn.gov.agency.meeting.leave;

import java.time.LocalDateTime;

/** One attendee's request for leave from one meeting (R5.1), with the substitute named and the decision. */
public record LeaveRequest(
    long id, long meetingId, long attendeeId, String requesterUserId, String reason, String substituteUserId,
    LeaveStatus status, String processInstanceId, LocalDateTime requestedAt, String decidedBy,
    LocalDateTime decidedAt, String decisionComment, Long substituteAttendeeId) {

  public String statusLabel() {
    return status.label();
  }
}
