package cn.gov.agency.meeting.passon;

import java.time.LocalDateTime;
import java.util.List;

/** GET /api/meetings/{id}/passing-on: every department concerned, what it recorded, which are missing. */
public record PassOnStatus(long meetingId, String meetingTitle, LocalDateTime meetingStart, String hostDepartmentName,
    LocalDateTime completedAt, List<DepartmentPassOn> departments) {

  public PassOnStatus {
    departments = List.copyOf(departments);
  }

  /** Members asked who have not acknowledged, over all departments. */
  public List<Acknowledgement> notAcknowledged() {
    return departments.stream().flatMap(d -> d.acknowledgements().stream()).filter(a -> !a.acknowledged()).toList();
  }

  public List<String> missing() {
    return departments.stream().filter(d -> !d.done()).map(DepartmentPassOn::departmentName).toList();
  }
}
