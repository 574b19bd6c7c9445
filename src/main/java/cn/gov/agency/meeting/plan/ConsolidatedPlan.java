package cn.gov.agency.meeting.plan;

import java.math.BigDecimal;
import java.util.List;

/** The office's side-by-side view of all departments' plans, with totals (R3.1). */
public record ConsolidatedPlan(
    AnnualPlan plan, List<DepartmentPlan> departments, List<PlanEvent> events, int meetingTotal,
    int participantTotal, BigDecimal hoursTotal, BigDecimal costTotal) {

  static ConsolidatedPlan of(AnnualPlan plan, List<DepartmentPlan> departments, List<PlanEvent> events) {
    return new ConsolidatedPlan(plan, departments, events,
        departments.stream().mapToInt(DepartmentPlan::meetingCount).sum(),
        departments.stream().mapToInt(DepartmentPlan::participantTotal).sum(),
        departments.stream().map(DepartmentPlan::hoursTotal).reduce(BigDecimal.ZERO, BigDecimal::add),
        departments.stream().map(DepartmentPlan::costTotal).reduce(BigDecimal.ZERO, BigDecimal::add));
  }
}
