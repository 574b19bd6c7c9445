package cn.gov.agency.meeting.meeting;

/**
 * One row of a meeting's participant list as it stands: an invited person or guest, possibly on
 * approved leave, or a substitute standing in for the participant row {@code substituteFor} (代会).
 * {@code attendance} (PRESENT, LATE, ON_LEAVE, ABSENT), {@code signedInAt} and {@code departure}
 * (EARLY_DEPARTURE, LEFT_WITHOUT_PERMISSION, or null for who stayed) are set when sign-in closes.
 */
public record Attendee(long id, String personUserId, String guestName, String guestUnit, boolean onLeave,
    Long substituteFor, String attendance, java.time.LocalDateTime signedInAt, String departure) {

  public boolean isGuest() {
    return personUserId == null;
  }

  public boolean isSubstitute() {
    return substituteFor != null;
  }

  /** Expected at the meeting (on the admission and sign-in list): not on leave. */
  public boolean expected() {
    return !onLeave;
  }
}
