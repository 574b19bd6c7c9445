package cn.gov.agency.meeting.materials;

import java.util.Arrays;
import java.util.Optional;

/** The leader in charge's answer to the materials (R3.4); the review form's radio values. */
public enum MaterialsDecision {
  APPROVE("approve", "同意"),
  RETURN("return", "退回修改");

  private final String value;
  private final String label;

  MaterialsDecision(String value, String label) {
    this.value = value;
    this.label = label;
  }

  public String value() {
    return value;
  }

  public String label() {
    return label;
  }

  public static Optional<MaterialsDecision> fromValue(Object value) {
    return Arrays.stream(values()).filter(d -> d.value.equals(value)).findFirst();
  }
}
