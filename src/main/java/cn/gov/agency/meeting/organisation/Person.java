package cn.gov.agency.meeting.organisation;

/** Someone of the organisation, as the project's tables know them. */
public record Person(
    String userId, String familyName, String givenName, String departmentCode,
    String departmentName, String position, String gender, String email, int rank) {

  public String fullName() {
    return familyName + givenName;
  }
}
