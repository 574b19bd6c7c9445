package cn.gov.agency.meeting.adhoc;

import java.util.Arrays;
import java.util.Optional;

/** What the applicant does with a returned application; the revise form's select values. */
public enum ApplicantAction {
  RESUBMIT("resubmit"),
  WITHDRAW("withdraw");

  private final String value;

  ApplicantAction(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static Optional<ApplicantAction> fromValue(Object value) {
    return Arrays.stream(values()).filter(a -> a.value.equals(value)).findFirst();
  }
}
