package cn.gov.agency.meeting.meeting;

public enum MeetingStatus {
  /** An entry of an approved annual plan; its department schedules it when it is due. */
  PLANNED("计划（待安排）"),
  /** Approved and filed (备案); preparation has not started. */
  APPROVED("已批准"),
  /** Its lifecycle process runs the preparation stage (notice, materials, venue, money). */
  PREPARING("筹备中"),
  /** Every required preparation is done (筹备就绪). */
  READY("筹备就绪"),
  /** The meeting took place; the execution stage records it with its attendance. */
  HELD("已召开"),
  /** Everything after the meeting is done and its record is archived (R7.4): read-only from then on. */
  ARCHIVED("已归档"),
  /** Called off before it was held (会议取消): its lifecycle ended, its room and reminders released. */
  CANCELLED("已取消");

  private final String label;

  MeetingStatus(String label) {
    this.label = label;
  }

  /** The status as pages and documents show it. */
  public String label() {
    return label;
  }
}
