package cn.gov.agency.meeting.signin;

/**
 * The attendance record (R4.1, R5.1): on time, late, on leave, stood in for by a substitute (代会),
 * absent without leave. {@code present} counts only those on time; {@code attended} is both.
 */
public record AttendanceTotals(int present, int late, int onLeave, int substituted, int absent) {

  public int attended() {
    return present + late;
  }

  String describe() {
    return "出席 " + present + " 人，迟到 " + late + " 人，请假 " + onLeave + " 人（其中代会 " + substituted
        + " 人），无故缺席 " + absent + " 人";
  }
}
