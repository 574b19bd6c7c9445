package cn.gov.agency.meeting.figures;

import java.math.BigDecimal;
import java.util.List;

/** A year's meeting figures per department, with the agency's totals. */
public record MeetingFigures(int year, List<DepartmentFigures> departments, DepartmentFigures total) {

  static MeetingFigures of(int year, List<DepartmentFigures> departments) {
    DepartmentFigures total = new DepartmentFigures("total", "全局合计",
        departments.stream().mapToInt(DepartmentFigures::planned).sum(),
        departments.stream().mapToInt(DepartmentFigures::held).sum(),
        departments.stream().mapToInt(DepartmentFigures::adhoc).sum(),
        departments.stream().mapToInt(DepartmentFigures::participants).sum(),
        departments.stream().mapToInt(DepartmentFigures::heldParticipants).sum(),
        departments.stream().mapToInt(DepartmentFigures::attended).sum(),
        departments.stream().map(DepartmentFigures::hours).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add),
        departments.stream().map(DepartmentFigures::estimatedCost).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
        null);
    return new MeetingFigures(year, departments, total);
  }
}
