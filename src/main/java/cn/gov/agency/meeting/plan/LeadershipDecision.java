package cn.gov.agency.meeting.plan;

/** The leadership team's decision on the whole plan; the form's radio values. */
public enum LeadershipDecision {
  APPROVE("approve"),
  RETURN("return");

  private final String value;

  LeadershipDecision(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  static LeadershipDecision fromValue(Object value) {
    for (LeadershipDecision decision : values()) {
      if (decision.value.equals(value)) {
        return decision;
      }
    }
    return null;
  }
}
