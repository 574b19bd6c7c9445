package cn.gov.agency.meeting.adhoc;

import java.util.Arrays;
import java.util.Optional;

/** The leader in charge's answer to an application (R3.2); the form's select values. */
public enum LeaderDecision {
  APPROVE("approve", "同意"),
  REJECT("reject", "不同意"),
  RETURN("return", "退回修改");

  private final String value;
  private final String label;

  LeaderDecision(String value, String label) {
    this.value = value;
    this.label = label;
  }

  public String value() {
    return value;
  }

  public String label() {
    return label;
  }

  public static Optional<LeaderDecision> fromValue(Object value) {
    return Arrays.stream(values()).filter(d -> d.value.equals(value)).findFirst();
  }
}
