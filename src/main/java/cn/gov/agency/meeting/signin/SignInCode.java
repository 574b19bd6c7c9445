package cn.gov.agency.meeting.signin;

import java.time.LocalDateTime;

/**
 * A personal sign-in code, bound to one participant row of one meeting; once used it is also the
 * sign-in record, and the sign-out record of one who left early. {@code personUserId} is null for a
 * guest; {@code signOut} is null unless they left before the end.
 */
public record SignInCode(long id, String code, long meetingId, long attendeeId, String personUserId,
    LocalDateTime signedInAt, SignInMethod method, String verifiedBy, String note, SignOut signOut) {

  boolean used() {
    return signedInAt != null;
  }
}
