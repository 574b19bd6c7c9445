package cn.gov.agency.meeting.reminder;

/** What became of a planned reminder; stored by name in {@code meeting_reminder.status}. */
public enum ReminderStatus {
  /** Its timer is waiting. */
  SCHEDULED,
  SENT,
  /** Its time had passed when it was planned: not sent late. */
  SKIPPED,
  /** The meeting moved or was cancelled before it went out. */
  WITHDRAWN
}
