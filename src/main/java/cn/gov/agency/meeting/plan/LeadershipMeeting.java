package cn.gov.agency.meeting.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 领导班子集体审定 (R3.1): the meeting of the leadership team that decided the plan, who of the team
 * attended (names as recorded), the decision and who recorded it.
 */
public record LeadershipMeeting(long id, long planId, LocalDate heldOn, String meetingName,
    List<String> attendeeNames, LeadershipDecision decision, String comment, String recordedBy,
    LocalDateTime recordedAt) {

  public LeadershipMeeting {
    attendeeNames = List.copyOf(attendeeNames);
  }

  public String decisionLabel() {
    return decision == LeadershipDecision.APPROVE ? "批准" : "退回办公室";
  }
}
