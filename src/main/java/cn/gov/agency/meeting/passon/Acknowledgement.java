package cn.gov.agency.meeting.passon;

import java.time.LocalDateTime;

/**
 * One member of a department concerned, asked to acknowledge that the meeting was passed on to them
 * (R7.2 传达到每一位干部职工) once their department closed its part; {@code acknowledgedAt} null while
 * they have not.
 */
public record Acknowledgement(long meetingId, String departmentCode, String departmentName, String userId,
    String fullName, LocalDateTime askedAt, LocalDateTime acknowledgedAt) {

  public boolean acknowledged() {
    return acknowledgedAt != null;
  }
}
