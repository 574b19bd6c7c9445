package cn.gov.agency.meeting.signin;

/** The attendance record of one participant row (R5.1), as MeetingPeople.recordAttendance stores it. */
public enum Attendance {
  PRESENT("出席"),
  LATE("迟到"),
  ON_LEAVE("请假"),
  ABSENT("缺席");

  private final String label;

  Attendance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
