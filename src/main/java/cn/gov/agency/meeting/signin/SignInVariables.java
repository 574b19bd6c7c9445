package cn.gov.agency.meeting.signin;

/**
 * Process variables of 会议签到 (meetingSignIn). The process also reads the lifecycle variables it
 * is called with (meetingId …); who signed in lives in the sign-in tables, not in variables, and its
 * timer asks the meeting's schedule when sign-in closes.
 */
public final class SignInVariables {

  public static final String PROCESS_KEY = "meetingSignIn";

  private SignInVariables() {}
}
