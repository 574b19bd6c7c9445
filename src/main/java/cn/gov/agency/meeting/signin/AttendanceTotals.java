package cn.gov.agency.meeting.signin;

/**
 * The attendance record (R4.1, R5.1): on time, late, on leave, stood in for by a substitute (代会),
 * absent without leave, and of those who came, who left early (早退) or without permission
 * (擅自离会). {@code present} counts only those on time; {@code attended} is both; a departure
 * counts beside the arrival it followed.
 */
public record AttendanceTotals(int present, int late, int onLeave, int substituted, int absent,
    int earlyDeparture, int leftWithoutPermission) {

  public int attended() {
    return present + late;
  }

  /** Stayed to the end: came and did not leave early. */
  public int stayed() {
    return attended() - earlyDeparture - leftWithoutPermission;
  }

  String describe() {
    return "出席 " + present + " 人，迟到 " + late + " 人，早退 " + earlyDeparture + " 人，擅自离会 "
        + leftWithoutPermission + " 人，请假 " + onLeave + " 人（其中代会 " + substituted + " 人），无故缺席 "
        + absent + " 人";
  }
}
