package cn.gov.agency.meeting.meeting;

public enum MeetingStatus {
  /** Approved and filed (备案); preparation has not started. */
  APPROVED
}
