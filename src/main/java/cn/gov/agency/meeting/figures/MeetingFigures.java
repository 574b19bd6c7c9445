package cn.gov.agency.meeting.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A year's meeting figures per department, with the agency's totals, as one reader may see them.
 * {@code undisclosed}: confidential meetings the reader is an outsider of (R5.2) — only how many
 * and how long, as their 占用 slots tell, under no department; the total counts the departments' rows.
 */
public record MeetingFigures(int year, List<DepartmentFigures> departments, DepartmentFigures total,
    Undisclosed undisclosed) {

  /** Confidential meetings counted without their department, people or money: that time was taken. */
  public record Undisclosed(int meetings, BigDecimal hours) {

    static final Undisclosed NONE = new Undisclosed(0, BigDecimal.ZERO.setScale(1));

    Undisclosed plus(BigDecimal meetingHours) {
      return new Undisclosed(meetings + 1, hours.add(meetingHours == null ? BigDecimal.ZERO : meetingHours));
    }
  }

  static MeetingFigures of(int year, List<DepartmentFigures> departments) {
    return of(year, departments, Undisclosed.NONE);
  }

  static MeetingFigures of(int year, List<DepartmentFigures> departments, Undisclosed undisclosed) {
    DepartmentFigures total = new DepartmentFigures("total", "全局合计",
        departments.stream().mapToInt(DepartmentFigures::planned).sum(),
        departments.stream().mapToInt(DepartmentFigures::held).sum(),
        departments.stream().mapToInt(DepartmentFigures::adhoc).sum(),
        departments.stream().mapToInt(DepartmentFigures::participants).sum(),
        departments.stream().mapToInt(DepartmentFigures::heldParticipants).sum(),
        departments.stream().mapToInt(DepartmentFigures::attended).sum(),
        departments.stream().map(DepartmentFigures::hours).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add),
        departments.stream().map(DepartmentFigures::estimatedCost).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
        departments.stream().map(DepartmentFigures::actualCost).filter(Objects::nonNull)
            .reduce(BigDecimal::add).orElse(null));
    return new MeetingFigures(year, departments, total, undisclosed);
  }
}
