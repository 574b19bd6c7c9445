package cn.gov.agency.meeting.passon;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One meeting of the office's overview: how many departments are concerned, which have not passed
 * it on, and how many of the members asked have not acknowledged it.
 */
public record MeetingPassOn(long meetingId, String meetingTitle, LocalDateTime meetingStart, String hostDepartmentName,
    int departmentsConcerned, List<String> missingDepartments, LocalDateTime completedAt, int asked,
    int notAcknowledged) {

  public MeetingPassOn {
    missingDepartments = List.copyOf(missingDepartments);
  }
}
