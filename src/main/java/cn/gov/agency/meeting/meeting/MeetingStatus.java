package cn.gov.agency.meeting.meeting;

public enum MeetingStatus {
  /** An entry of an approved annual plan; its department schedules it when it is due. */
  PLANNED,
  /** Approved and filed (备案); preparation has not started. */
  APPROVED,
  /** The meeting took place; the execution stage records it with its attendance. */
  HELD
}
