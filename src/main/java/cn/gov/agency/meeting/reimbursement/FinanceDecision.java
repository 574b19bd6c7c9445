package cn.gov.agency.meeting.reimbursement;

import java.util.Arrays;
import java.util.Optional;

/** Finance's answer on one item or on the whole claim; the page's and form's values. */
public enum FinanceDecision {
  ACCEPT("accept", "通过"),
  RETURN("return", "退回");

  private final String value;
  private final String label;

  FinanceDecision(String value, String label) {
    this.value = value;
    this.label = label;
  }

  public String value() {
    return value;
  }

  public String label() {
    return label;
  }

  public static Optional<FinanceDecision> fromValue(Object value) {
    return Arrays.stream(values()).filter(d -> d.value.equals(value)).findFirst();
  }

  ItemStatus itemStatus() {
    return this == ACCEPT ? ItemStatus.ACCEPTED : ItemStatus.RETURNED;
  }
}
