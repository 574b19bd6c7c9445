package cn.gov.agency.meeting.plan;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** One department's submission to an annual plan, with its entries and their totals. */
public record DepartmentPlan(
    long id, long annualPlanId, String departmentCode, String departmentName, DepartmentPlanStatus status,
    boolean noMeetings, String submittedBy, LocalDateTime submittedAt, boolean late, String returnComment,
    List<PlanEntry> entries) {

  public String statusLabel() {
    return status.label();
  }

  public int meetingCount() {
    return entries.size();
  }

  public int participantTotal() {
    return entries.stream().mapToInt(PlanEntry::participantCount).sum();
  }

  public BigDecimal hoursTotal() {
    return entries.stream().map(PlanEntry::plannedHours).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal costTotal() {
    return entries.stream().map(PlanEntry::estimatedCost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public record PlanEntry(
      long id, String name, String meetingType, java.time.LocalDate plannedDate, Integer plannedMonth,
      BigDecimal plannedHours, String place, int participantCount, String participants, String content,
      BigDecimal estimatedCost) {

    public String when() {
      return plannedDate != null ? plannedDate.toString() : plannedMonth + "月";
    }
  }
}
