package cn.gov.agency.meeting.process;

/**
 * The process variables of 会议全流程 (meetingLifecycle) and the stage processes it calls, in a package
 * below both so that the stages need not depend on the lifecycle. They hold ids and routing facts, the
 * record lives in tables; times are not copied: timers and due dates ask {@code meetingSchedule}.
 * Each call activity names the ones its stage reads ({@code <camunda:in source=… />}) rather than
 * passing all: every variable handed down is another runtime row and two history rows per called
 * process (docs/benchmarks.md).
 */
public final class LifecycleVariables {

  private LifecycleVariables() {}

  /** Long: the meeting record; also the business key (as text). */
  public static final String MEETING_ID = "meetingId";
  /** String: inbox column 会议名称. */
  public static final String MEETING_TITLE = "meetingTitle";
  /** String: meeting type code (meeting-types.yaml), routes type-specific steps. */
  public static final String MEETING_TYPE = "meetingType";
  /** String: host department code, for display; candidate groups come from the meeting record (routing/TaskRouting). */
  public static final String HOST_DEPARTMENT = "hostDepartment";
  /** String: inbox column 主办部门. */
  public static final String HOST_DEPARTMENT_NAME = "hostDepartmentName";
  /** Boolean: 重要会议 — the notice goes through every channel (R3.3). */
  public static final String IMPORTANT = "important";
  /** Boolean: catering (R3.6) and accommodation (R3.7) are arranged only when needed. */
  public static final String NEEDS_CATERING = "needsCatering";
  public static final String NEEDS_ACCOMMODATION = "needsAccommodation";
  /** Boolean: 涉密会议 (R5.2) — its content is seen only by those entitled (MeetingAccess). */
  public static final String CONFIDENTIAL = "confidential";
  /** String: user id of the meeting's named recorder (R4.3), for display; the recording task goes to the staffing record's. */
  public static final String RECORDER = "recorder";
  /** String: the office's remarks when it settles the preparation (筹备说明). */
  public static final String PREPARATION_NOTE = "preparationNote";
}
