package cn.gov.agency.meeting.notification;

/**
 * The meeting a task's process instance is bound to: its business key, which the application sets
 * to the meeting id for the lifecycle, every stage it calls and the processes started for a meeting
 * (see {@code routing/RecordRoutes}); an application ("adhoc-…") or a plan ("plan-…") has none.
 */
final class MeetingOfTask {

  private MeetingOfTask() {}

  static Long fromBusinessKey(String businessKey) {
    return businessKey != null && businessKey.matches("\\d{1,18}") ? Long.valueOf(businessKey) : null;
  }
}
