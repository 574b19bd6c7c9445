package cn.gov.agency.meeting.reminder;

import cn.gov.agency.meeting.meeting.MeetingCancelled;
import cn.gov.agency.meeting.meeting.MeetingRescheduled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves or ends a meeting's reminders in the transaction that moves or cancels the meeting: if that
 * is rolled back, so is the change to its reminders, and no reminder ever announces a meeting that
 * was called off.
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

  @EventListener
  void on(MeetingRescheduled rescheduled) {
    process.rescheduled(rescheduled.meetingId());
  }
}
