package cn.gov.agency.meeting.signin;

/** A sign-in that the rules do not allow; the message says why in Chinese, for the person at the door. */
public class SignInRefusedException extends RuntimeException {

  private final SignInRefusal reason;

  SignInRefusedException(SignInRefusal reason, String message) {
    super(message);
    this.reason = reason;
  }

  public SignInRefusal reason() {
    return reason;
  }
}
