package cn.gov.agency.meeting.passon;

import java.time.LocalDateTime;
import java.util.List;

/** One meeting of the office's overview: how many departments are concerned and which have not passed it on. */
public record MeetingPassOn(long meetingId, String meetingTitle, LocalDateTime meetingStart, String hostDepartmentName,
    int departmentsConcerned, List<String> missingDepartments, LocalDateTime completedAt) {

  public MeetingPassOn {
    missingDepartments = List.copyOf(missingDepartments);
  }
}
