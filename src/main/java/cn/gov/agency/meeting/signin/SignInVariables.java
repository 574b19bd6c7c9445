package cn.gov.agency.meeting.signin;

/**
 * Process variables of 会议签到 (meetingSignIn). The process also reads the lifecycle variables it
 * is called with (meetingId …); who signed in lives in the sign-in tables, not in variables.
 */
public final class SignInVariables {

  public static final String PROCESS_KEY = "meetingSignIn";

  /** Date: when the sign-in window opens (shown in Cockpit). */
  public static final String SIGN_IN_OPENS_AT = "signInOpensAt";
  /** Date: when sign-in closes (the meeting's end); the timer waits for it. */
  public static final String SIGN_IN_CLOSES_AT = "signInClosesAt";

  private SignInVariables() {}
}
