package cn.gov.agency.meeting.plan;

import java.time.LocalDateTime;

/** One step in an annual plan's trail. */
public record PlanEvent(
    String departmentCode, PlanAction action, String actorUserId, String comment, LocalDateTime occurredAt) {

  public String actionLabel() {
    return action.label();
  }
}
