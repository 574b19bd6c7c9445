package cn.gov.agency.meeting.figures;

import java.math.BigDecimal;

/**
 * One department's meetings in one year (R1.2 精简高效): how many were planned, held and ad hoc,
 * with their participants, hours and cost. For the meetings held, {@code heldParticipants} is how
 * many were invited and {@code attended} how many came (present or late, substitutes included, from
 * the sign-in). Actual cost stays null until reimbursements exist.
 */
public record DepartmentFigures(
    String departmentCode, String departmentName, int planned, int held, int adhoc, int participants,
    int heldParticipants, int attended, BigDecimal hours, BigDecimal estimatedCost, BigDecimal actualCost) {}
