package cn.gov.agency.meeting.minutes;

/** How someone is listed among the minutes' attendees: from the attendance record, or expected when sign-in did not run. */
final class Attendance {

  static final String PRESENT = "PRESENT";
  static final String LATE = "LATE";
  static final String EXPECTED = "EXPECTED";

  private Attendance() {}

  static String label(String attendance) {
    return switch (attendance == null ? "" : attendance) {
      case PRESENT -> "出席";
      case LATE -> "迟到";
      default -> "应到";
    };
  }
}
