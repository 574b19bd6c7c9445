package cn.gov.agency.meeting.passon;

/** Process key of 会议精神传达 (meetingPassingOn) and the element variable of its one task per department. */
public final class PassOnVariables {

  public static final String PROCESS_KEY = "meetingPassingOn";
  /** The department concerned whose own staff record its passing-on (set by the multi-instance, from the record). */
  public static final String DEPARTMENT = "passOnDepartment";

  private PassOnVariables() {}
}
