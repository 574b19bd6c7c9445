package cn.gov.agency.meeting.plan;

/** Process variable names of 年度会议计划审批; the forms in forms/annual-plan-*.form use the same keys. */
public final class PlanVariables {

  public static final String PROCESS_KEY = "annualMeetingPlan";

  public static final String PLAN_ID = "planId";
  public static final String PLAN_YEAR = "planYear";
  public static final String PLAN_OPENED = "planOpened";
  public static final String SUBMISSION_DEADLINE = "submissionDeadline";
  public static final String DEADLINE_AT = "deadlineAt";
  public static final String REMINDER_AT = "reminderAt";
  public static final String MEETING_TITLE = "meetingTitle";
  public static final String PLAN_PAGE_BASE = "planPageBase";
  public static final String CONSOLIDATED_URL = "consolidatedUrl";
  /** The multi-instance element variable: one department's code. */
  public static final String DEPARTMENT = "department";

  public static final String OFFICE_DECISION = "officeDecision";
  public static final String RETURN_DEPARTMENTS = "returnDepartments";
  public static final String OFFICE_COMMENT = "officeComment";
  public static final String URGE_NOTE = "urgeNote";
  public static final String LEADERSHIP_DECISION = "leadershipDecision";
  public static final String LEADERSHIP_COMMENT = "leadershipComment";
  /** String (ISO date), form annual-plan-leadership: the day the leadership team met and decided. */
  public static final String LEADERSHIP_MEETING_DATE = "leadershipMeetingDate";
  /** String: which meeting of the team decided (e.g. 局党组会议 2026年第12次). */
  public static final String LEADERSHIP_MEETING_NAME = "leadershipMeetingName";
  /** String: login names of the team's members who attended, separated by commas. */
  public static final String LEADERSHIP_ATTENDEES = "leadershipAttendees";
  public static final String SCHEDULED_MEETINGS = "scheduledMeetings";

  private PlanVariables() {}
}
