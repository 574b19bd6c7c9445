package cn.gov.agency.meeting.plan;

/** The office's review of the consolidated plan; the review form's radio values. */
public enum OfficeReview {
  FORWARD("forward"),
  RETURN("return");

  private final String value;

  OfficeReview(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  static OfficeReview fromValue(Object value) {
    for (OfficeReview review : values()) {
      if (review.value.equals(value)) {
        return review;
      }
    }
    return null;
  }
}
