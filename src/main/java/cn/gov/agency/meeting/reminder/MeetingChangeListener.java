package cn.gov.agency.meeting.reminder;

import cn.gov.agency.meeting.meeting.MeetingCancelled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends a meeting's reminders in the transaction that cancels the meeting: if that is rolled back, so
 * is the change to its reminders, and no reminder ever announces a meeting that was called off. A
 * move needs nothing here: the generic process/ScheduleFollower recalculates the reminder timer.
 */
@Component
class MeetingChangeListener {

  private final ReminderProcess process;

  MeetingChangeListener(ReminderProcess process) {
    this.process = process;
  }

  @EventListener
  void on(MeetingCancelled cancelled) {
    process.cancelled(cancelled.meetingId());
  }
}
