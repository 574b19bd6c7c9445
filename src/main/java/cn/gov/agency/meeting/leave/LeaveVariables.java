package cn.gov.agency.meeting.leave;

/**
 * Process variables of 请假申请 (leaveRequest) besides the lifecycle's meetingId, meetingTitle,
 * hostDepartment and hostDepartmentName; forms/leave-decide.form uses the same keys.
 */
public final class LeaveVariables {

  public static final String PROCESS_KEY = "leaveRequest";
  public static final String STAGE = "leave";

  /** Long: the request (table leave_request) the task decides on. */
  public static final String LEAVE_REQUEST_ID = "leaveRequestId";
  /** String, shown read-only: who asks and whom they name as substitute (why: on the leave requests page). */
  public static final String REQUESTER_NAME = "requesterName";
  public static final String SUBSTITUTE_NAME = "substituteName";
  /** Boolean: routes to sending the notice to the substitute once leave is approved. */
  public static final String HAS_SUBSTITUTE = "hasSubstitute";
  /** String: approve or refuse (the decision form's radio values). */
  public static final String DECISION = "leaveDecision";
  public static final String COMMENT = "leaveComment";

  private LeaveVariables() {}
}
