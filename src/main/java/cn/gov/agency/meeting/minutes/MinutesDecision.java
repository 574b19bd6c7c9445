package cn.gov.agency.meeting.minutes;

import java.util.Arrays;
import java.util.Optional;

/** A reviewer's answer to a submitted version of the minutes; the review forms' radio values. */
public enum MinutesDecision {
  APPROVE("approve", "同意"),
  RETURN("return", "退回修改");

  private final String value;
  private final String label;

  MinutesDecision(String value, String label) {
    this.value = value;
    this.label = label;
  }

  public String value() {
    return value;
  }

  public String label() {
    return label;
  }

  public static Optional<MinutesDecision> fromValue(Object value) {
    return Arrays.stream(values()).filter(d -> d.value.equals(value)).findFirst();
  }
}
