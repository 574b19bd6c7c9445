package cn.gov.agency.meeting.signin;

/**
 * How someone who signed in left before the meeting's end (R5.1): 早退 when they signed out (with
 * their own code, or told the desk), 擅自离会 when the sign-in staff found them gone.
 */
public enum Departure {
  EARLY_DEPARTURE("早退"),
  LEFT_WITHOUT_PERMISSION("擅自离会");

  private final String label;

  Departure(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
