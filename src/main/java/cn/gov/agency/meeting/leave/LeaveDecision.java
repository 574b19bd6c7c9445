package cn.gov.agency.meeting.leave;

import java.util.Arrays;
import java.util.Optional;

/** The host department's answer to a leave request; the decision form's radio values. */
public enum LeaveDecision {
  APPROVE("approve"),
  REFUSE("refuse");

  private final String value;

  LeaveDecision(String value) {
    this.value = value;
  }

  public static Optional<LeaveDecision> fromValue(Object value) {
    return Arrays.stream(values()).filter(d -> d.value.equals(value)).findFirst();
  }
}
