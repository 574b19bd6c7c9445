package cn.gov.agency.meeting.compliance;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A year's 合规情况 as one reader may see it. The totals count every meeting of the year; a
 * confidential meeting the reader is not entitled to is counted there and in {@code undisclosed},
 * but named nowhere and in no department's row.
 */
public record ComplianceReport(int year, List<ComplianceKind> kinds, List<KindTotal> totals,
    List<DepartmentRow> departments, List<MeetingRow> meetings, int undisclosedMeetings, boolean trailLinked) {

  /** One kind over the year: how many (people, notices, resolutions…) at how many meetings. */
  public record KindTotal(ComplianceKind kind, String label, String rule, int amount, int meetings) {}

  /**
   * A department's amounts, in the order of {@code kinds}, and what its meetings of the year exceed
   * of the R1.2 limits (count, participants, hours, cost).
   */
  public record DepartmentRow(String departmentCode, String departmentName, int meetings, List<Integer> amounts,
      List<String> limitsExceeded) {

    public int total() {
      return amounts.stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** A meeting with at least one finding; {@code trail} links each finding to its stage of the trail. */
  public record MeetingRow(long meetingId, String title, String departmentCode, String departmentName,
      LocalDateTime plannedStart, List<FindingView> findings) {}

  public record FindingView(ComplianceKind kind, String label, String rule, int amount, String detail,
      LocalDateTime occurredAt, String trail) {}
}
