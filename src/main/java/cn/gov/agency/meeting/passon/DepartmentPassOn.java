package cn.gov.agency.meeting.passon;

import java.util.List;

/** A department concerned by a meeting and what it recorded; {@code done} once it has a record. */
public record DepartmentPassOn(String departmentCode, String departmentName, List<PassOnEntry> entries) {

  public DepartmentPassOn {
    entries = List.copyOf(entries);
  }

  public boolean done() {
    return !entries.isEmpty();
  }
}
