package cn.gov.agency.meeting.meeting;

/** Someone expected at a meeting: a person of the organisation, or an external guest. */
public record Participant(String personUserId, String guestName, String guestUnit) {

  public static Participant person(String userId) {
    return new Participant(userId, null, null);
  }

  public static Participant guest(String name, String unit) {
    return new Participant(null, name, unit);
  }

  public boolean isGuest() {
    return personUserId == null;
  }
}
