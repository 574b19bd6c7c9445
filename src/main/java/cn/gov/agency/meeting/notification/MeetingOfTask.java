package cn.gov.agency.meeting.notification;

import cn.gov.agency.meeting.meeting.MeetingKey;

/**
 * The meeting a task's process instance is bound to: its business key, which the application sets
 * to the meeting ({@link MeetingKey}) for the lifecycle, every stage it calls and the processes started for a meeting
 * (see {@code routing/RecordRoutes}); an application ("adhoc-…") or a plan ("plan-…") has none.
 */
final class MeetingOfTask {

  private MeetingOfTask() {}

  static Long fromBusinessKey(String businessKey) {
    return MeetingKey.meetingId(businessKey).orElse(null);
  }
}
