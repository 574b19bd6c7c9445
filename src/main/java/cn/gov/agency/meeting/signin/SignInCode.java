package cn.gov.agency.meeting.signin;

import java.time.LocalDateTime;

/**
 * A personal sign-in code, bound to one participant row of one meeting; once used it is also the
 * sign-in record. {@code personUserId} is null for a guest.
 */
public record SignInCode(long id, String code, long meetingId, long attendeeId, String personUserId,
    LocalDateTime signedInAt, SignInMethod method, String verifiedBy, String note) {

  boolean used() {
    return signedInAt != null;
  }
}
