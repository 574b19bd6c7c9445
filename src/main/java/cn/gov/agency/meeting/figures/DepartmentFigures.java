package cn.gov.agency.meeting.figures;

import cn.gov.agency.meeting.meeting.MeetingView;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One department's meetings in one year (R1.2 精简高效): how many were planned, held and ad hoc,
 * with their participants, hours and cost. For the meetings held, {@code heldParticipants} is how
 * many were invited and {@code attended} how many came (present or late, substitutes included, from
 * the sign-in). {@code actualCost} is what finance reimbursed for the department's meetings; null
 * while none of them is reimbursed.
 */
public record DepartmentFigures(
    String departmentCode, String departmentName, int planned, int held, int adhoc, int participants,
    int heldParticipants, int attended, BigDecimal hours, BigDecimal estimatedCost, BigDecimal actualCost) {

  /** This row with one more meeting, counted from what the reader may see of it (a hidden cost adds nothing). */
  DepartmentFigures plus(MeetingView meeting, boolean wasHeld, int came, BigDecimal reimbursed) {
    int invited = meeting.expectedParticipants() == null ? 0 : meeting.expectedParticipants();
    return new DepartmentFigures(departmentCode, departmentName,
        planned + ("PLAN".equals(meeting.source()) ? 1 : 0), held + (wasHeld ? 1 : 0),
        adhoc + ("ADHOC".equals(meeting.source()) ? 1 : 0), participants + invited,
        heldParticipants + (wasHeld ? invited : 0), attended + (wasHeld ? came : 0),
        meeting.plannedHours() == null ? hours : hours.add(meeting.plannedHours()).setScale(1, RoundingMode.HALF_UP),
        meeting.budgetEstimate() == null ? estimatedCost : estimatedCost.add(meeting.budgetEstimate()).setScale(2, RoundingMode.HALF_UP),
        meeting.budgetEstimate() == null ? actualCost : sum(actualCost, reimbursed));
  }

  /** Null plus null stays "no figure"; any reimbursed amount makes one. */
  static BigDecimal sum(BigDecimal a, BigDecimal b) {
    if (a == null) {
      return b == null ? null : b.setScale(2, RoundingMode.HALF_UP);
    }
    return b == null ? a : a.add(b).setScale(2, RoundingMode.HALF_UP);
  }
}
