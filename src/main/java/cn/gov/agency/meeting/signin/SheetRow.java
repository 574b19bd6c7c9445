package cn.gov.agency.meeting.signin;

import java.time.LocalDateTime;

/**
 * One line of the sign-in sheet (签到表): who (name, unit, position), whom they stand in for, when
 * and how they signed in, and their attendance. While sign-in is open, someone not yet signed in
 * shows as ABSENT with {@code signedInAt} null. {@code signOut}: when and how they left before the end
 * (早退, 擅自离会), null if they stayed.
 */
public record SheetRow(long attendeeId, String personUserId, String name, String unit, String position,
    boolean guest, String substituteFor, LocalDateTime signedInAt, SignInMethod method, String verifiedBy,
    String note, Attendance attendance, SignOut signOut) {

  public boolean late() {
    return attendance == Attendance.LATE;
  }

  public Departure departure() {
    return signOut == null ? null : signOut.departure();
  }

  public String departureLabel() {
    return signOut == null ? "" : signOut.departure().label();
  }

  public String methodLabel() {
    return method == null ? "" : method.label();
  }
}
