package cn.gov.agency.meeting.signin;

/** How someone signed in: with their own code, or at the desk after the staff checked who they are. */
public enum SignInMethod {
  SELF_SCAN("本人扫码"),
  DESK("现场核验");

  private final String label;

  SignInMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
