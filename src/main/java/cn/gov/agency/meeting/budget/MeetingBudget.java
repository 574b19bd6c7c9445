package cn.gov.agency.meeting.budget;

import java.util.List;

/** A meeting's budget as its page and API show it: every version, and the ceiling if one is approved. */
public record MeetingBudget(long meetingId, String meetingTitle, String hostDepartmentCode,
    String hostDepartmentName, BudgetCeiling approvedCeiling, List<BudgetVersion> versions) {

  public MeetingBudget {
    versions = List.copyOf(versions);
  }
}
