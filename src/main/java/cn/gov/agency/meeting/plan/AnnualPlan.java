package cn.gov.agency.meeting.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;

public record AnnualPlan(
    long id, int year, String processInstanceId, PlanStatus status, LocalDate submissionDeadline,
    String startedBy, LocalDateTime startedAt, String decidedBy, LocalDateTime decidedAt,
    String decisionComment) {

  public String statusLabel() {
    return status.label();
  }
}
