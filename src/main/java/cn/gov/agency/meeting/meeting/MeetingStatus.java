package cn.gov.agency.meeting.meeting;

public enum MeetingStatus {
  /** An entry of an approved annual plan; its department schedules it when it is due. */
  PLANNED,
  /** Approved and filed (备案); preparation has not started. */
  APPROVED,
  /** Its lifecycle process runs the preparation stage (notice, materials, venue, money). */
  PREPARING,
  /** Every required preparation is done (筹备就绪). */
  READY,
  /** The meeting took place; the execution stage records it with its attendance. */
  HELD,
  /** Everything after the meeting is done and its record is archived (R7.4): read-only from then on. */
  ARCHIVED
}
