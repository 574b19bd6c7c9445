package cn.gov.agency.meeting.reminder;

/**
 * Process variables of 会前提醒 (meetingReminders, business key = meeting id) beyond the lifecycle's
 * {@code meetingId}, {@code meetingType} and {@code meetingTitle}.
 */
public final class ReminderVariables {

  public static final String PROCESS_KEY = "meetingReminders";
  /** Correlated when the meeting is called off: no reminder goes out any more. */
  public static final String CANCELLED_MESSAGE = "meetingReminderCancelled";

  /** Boolean: a reminder or the meeting's start is still ahead, so the process waits on. */
  public static final String WAITING = "remindersWaiting";
  /** Boolean: the timer fired and a reminder is due now. */
  public static final String REMINDER_DUE = "reminderDue";
  /** Long: the reminder being sent (meeting_reminder.id). */
  public static final String REMINDER_ID = "reminderId";
  /** Boolean: SMS as well (an important meeting, or the notice went by SMS). */
  public static final String IMPORTANT = "important";
  /** Local to each sending step: the channel it sends through (a NoticeChannel name). */
  public static final String CHANNEL = "reminderChannel";

  private ReminderVariables() {}
}
