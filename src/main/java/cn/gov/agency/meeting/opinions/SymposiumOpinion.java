package cn.gov.agency.meeting.opinions;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One opinion or suggestion of a symposium on its way to an answer (R2 座谈会): who raised it (and the
 * person of the organisation that is, when the notice's participants name one), the department that
 * answers it, by when, how it was handled and what was answered, and whether that was in time.
 */
public record SymposiumOpinion(long id, long meetingId, long opinionItemId, int index, String text, String raisedBy,
    String raiserUnit, String raiserUserId, String category, String departmentCode, String departmentName,
    LocalDate deadline, OpinionStatus status, boolean overdue, String handling, String answer, String answeredBy,
    LocalDateTime answeredAt, Boolean answeredInTime, String processInstanceId, Long bulletinId) {

  public String statusLabel() {
    if (status == OpinionStatus.ANSWERED) {
      return Boolean.TRUE.equals(answeredInTime) ? "按期答复" : "逾期答复";
    }
    return status.label();
  }
}
