package cn.gov.agency.meeting.passon;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A department concerned by a meeting and what it recorded; {@code done} once it has a record,
 * {@code completedAt} once it closed its own part, when its members were asked to acknowledge.
 */
public record DepartmentPassOn(String departmentCode, String departmentName, List<PassOnEntry> entries,
    LocalDateTime completedAt, List<Acknowledgement> acknowledgements) {

  public DepartmentPassOn {
    entries = List.copyOf(entries);
    acknowledgements = List.copyOf(acknowledgements);
  }

  /** The members asked who have not acknowledged yet, by name. */
  public List<String> notAcknowledged() {
    return acknowledgements.stream().filter(a -> !a.acknowledged()).map(Acknowledgement::fullName).toList();
  }

  public boolean done() {
    return !entries.isEmpty();
  }
}
