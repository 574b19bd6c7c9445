package cn.gov.agency.meeting.execution;

/** Form fields of 会务分工与安全检查 (the recorder chosen ends up in LifecycleVariables.RECORDER). */
final class ExecutionVariables {

  private ExecutionVariables() {}

  static final String RECORDER_NAME = "recorderName";
  static final String USHERS = "ushers";
  static final String SERVICE_STAFF = "serviceStaff";
  static final String SIGN_IN_STAFF = "signInStaff";
  static final String VENUE_CHECKED = "venueChecked";
  static final String EMERGENCY_PLAN = "emergencyPlan";
  static final String RESPONSIBILITIES = "responsibilities";
}
