package cn.gov.agency.meeting.budget;

import java.util.Arrays;
import java.util.Optional;

/** A reviewer's answer to a budget version; the review forms' radio values. */
public enum ReviewDecision {
  APPROVE("approve", "同意"),
  RETURN("return", "退回修改");

  private final String value;
  private final String label;

  ReviewDecision(String value, String label) {
    this.value = value;
    this.label = label;
  }

  public String value() {
    return value;
  }

  public String label() {
    return label;
  }

  public static Optional<ReviewDecision> fromValue(Object value) {
    return Arrays.stream(values()).filter(d -> d.value.equals(value)).findFirst();
  }
}
