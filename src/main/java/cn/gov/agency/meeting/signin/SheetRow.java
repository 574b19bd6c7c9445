package cn.gov.agency.meeting.signin;

import java.time.LocalDateTime;

/**
 * One line of the sign-in sheet (签到表): who (name, unit, position), whom they stand in for, when
 * and how they signed in, and their attendance. While sign-in is open, someone not yet signed in
 * shows as ABSENT with {@code signedInAt} null.
 */
public record SheetRow(long attendeeId, String personUserId, String name, String unit, String position,
    boolean guest, String substituteFor, LocalDateTime signedInAt, SignInMethod method, String verifiedBy,
    String note, Attendance attendance) {

  public boolean late() {
    return attendance == Attendance.LATE;
  }

  public String methodLabel() {
    return method == null ? "" : method.label();
  }
}
