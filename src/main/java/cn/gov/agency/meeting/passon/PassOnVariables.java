package cn.gov.agency.meeting.passon;

/** Process key of 会议精神传达 (meetingPassingOn); it needs no variables beyond the lifecycle's. */
public final class PassOnVariables {

  public static final String PROCESS_KEY = "meetingPassingOn";

  private PassOnVariables() {}
}
