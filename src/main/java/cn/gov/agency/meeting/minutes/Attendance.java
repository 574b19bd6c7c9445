package cn.gov.agency.meeting.minutes;

/**
 * How someone is listed among the minutes' attendees: from the attendance record, or expected when
 * sign-in did not run; one who left before the end is listed with how (R5.1). A stored line keeps
 * both as {@code ATTENDANCE} or {@code ATTENDANCE:DEPARTURE}.
 */
final class Attendance {

  static final String PRESENT = "PRESENT";
  static final String LATE = "LATE";
  static final String EXPECTED = "EXPECTED";
  private static final String SEPARATOR = ":";

  private Attendance() {}

  static String label(String attendance) {
    return switch (attendance == null ? "" : attendance) {
      case PRESENT -> "出席";
      case LATE -> "迟到";
      default -> "应到";
    };
  }

  static String departureLabel(String departure) {
    return switch (departure == null ? "" : departure) {
      case "EARLY_DEPARTURE" -> "早退";
      case "LEFT_WITHOUT_PERMISSION" -> "擅自离会";
      default -> "";
    };
  }

  static String stored(String attendance, String departure) {
    return departure == null ? attendance : attendance + SEPARATOR + departure;
  }

  static String attendanceOf(String stored) {
    return stored == null ? null : stored.split(SEPARATOR)[0];
  }

  static String departureOf(String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(SEPARATOR);
    return parts.length > 1 ? parts[1] : null;
  }
}
