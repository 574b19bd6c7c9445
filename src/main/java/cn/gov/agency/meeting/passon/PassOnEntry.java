package cn.gov.agency.meeting.passon;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One record of a department passing the meeting on: how, when, who took part. */
public record PassOnEntry(long id, long meetingId, String departmentCode, String departmentName, PassOnMethod method,
    LocalDate heldOn, String participants, int participantCount, String recordedBy, LocalDateTime recordedAt) {

  public String methodLabel() {
    return method.label();
  }
}
