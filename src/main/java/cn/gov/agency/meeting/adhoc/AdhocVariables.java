package cn.gov.agency.meeting.adhoc;

/** Process variable names of 临时会议申请; the forms in forms/adhoc-*.form use the same keys. */
public final class AdhocVariables {

  public static final String PROCESS_KEY = "adhocMeetingApplication";

  public static final String APPLICANT = "applicant";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String APPLICATION_ID = "applicationId";
  public static final String HOST_DEPARTMENT = "hostDepartment";
  public static final String HOST_DEPARTMENT_NAME = "hostDepartmentName";

  public static final String MEETING_TYPE = "meetingType";
  public static final String MEETING_TITLE = "meetingTitle";
  public static final String NECESSITY = "necessity";
  public static final String PLANNED_START = "plannedStart";
  public static final String PLANNED_END = "plannedEnd";
  public static final String PLACE = "place";
  public static final String PARTICIPANTS = "participants";
  public static final String EXTERNAL_GUESTS = "externalGuests";
  public static final String CONTENT = "content";
  public static final String BUDGET_ESTIMATE = "budgetEstimate";
  public static final String REPEAT_PATTERN = "repeatPattern";
  public static final String REPEAT_UNTIL = "repeatUntil";
  public static final String REPEAT_COUNT = "repeatCount";
  public static final String HOLIDAY_RULE = "holidayRule";
  public static final String SERIES_ROOM_CODE = "seriesRoomCode";

  public static final String LEADER_DECISION = "leaderDecision";
  public static final String LEADER_COMMENT = "leaderComment";
  public static final String APPLICANT_ACTION = "applicantAction";
  public static final String FILING_NOTE = "filingNote";
  public static final String MEETING_ID = "meetingId";
  public static final String FILING_NUMBER = "filingNumber";
  /** R1.2: the limits of the year the applied meeting would exceed, one line; empty when none (shown, never typed). */
  public static final String MEETING_LIMIT_WARNING = "meetingLimitWarning";

  private AdhocVariables() {}
}
