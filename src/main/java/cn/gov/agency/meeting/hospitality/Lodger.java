package cn.gov.agency.meeting.hospitality;

/**
 * A participant who needs a room: a person of the organisation (gender from their record) or a
 * guest, whose gender is not recorded ({@code gender} null).
 */
public record Lodger(String personUserId, String guestName, String guestUnit, String name, String unit,
    String gender) {

  public static Lodger person(String userId, String name, String department, String gender) {
    return new Lodger(userId, null, null, name, department, gender);
  }

  public static Lodger guest(String name, String unit) {
    return new Lodger(null, name, unit, name, unit, null);
  }
}
