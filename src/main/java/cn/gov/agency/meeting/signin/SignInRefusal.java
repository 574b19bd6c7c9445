package cn.gov.agency.meeting.signin;

/** Why a sign-in is refused (R4.1, R4.4); the HTTP status the API answers with. */
public enum SignInRefusal {
  UNKNOWN_CODE(400),
  OTHER_MEETING(400),
  /** 不得代签: the code belongs to someone else than the person logged in. */
  NOT_YOURS(403),
  NOT_ISSUED(409),
  TOO_EARLY(409),
  CLOSED(409),
  ALREADY_SIGNED_IN(409),
  /** Not on the admission list (R4.4). */
  NOT_ON_LIST(403),
  ON_LEAVE(403),
  NOT_SIGN_IN_STAFF(403),
  /** A sign-out (早退, 擅自离会) of someone who never signed in. */
  NOT_SIGNED_IN(409),
  ALREADY_SIGNED_OUT(409);

  private final int status;

  SignInRefusal(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }
}
