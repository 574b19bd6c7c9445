package cn.gov.agency.meeting.reminder;

/**
 * Process variables of 会前提醒 (meetingReminders, business key = meeting id) beyond the lifecycle's
 * {@code meetingId}, {@code meetingType} and {@code meetingTitle}.
 */
public final class ReminderVariables {

  public static final String PROCESS_KEY = "meetingReminders";
  /** Correlated when the meeting moves: the reminders not yet sent are planned again. */
  public static final String RESCHEDULED_MESSAGE = "meetingReminderRescheduled";
  /** Correlated when the meeting is called off: no reminder goes out any more. */
  public static final String CANCELLED_MESSAGE = "meetingReminderCancelled";

  /** Integer, String (HH:mm), Integer: the row of processes/meeting-reminders.dmn for the meeting type. */
  public static final String DAY_BEFORE_WORKING_DAYS = "dayBeforeWorkingDays";
  public static final String DAY_BEFORE_TIME = "dayBeforeTime";
  public static final String MINUTES_BEFORE = "minutesBefore";

  /** Boolean: a reminder is waiting to go out. */
  public static final String REMINDER_PENDING = "reminderPending";
  /** Long: the reminder waiting to go out (meeting_reminder.id). */
  public static final String REMINDER_ID = "reminderId";
  /** Date: when its timer fires. */
  public static final String REMINDER_AT = "reminderAt";
  /** Boolean: SMS as well (an important meeting, or the notice went by SMS). */
  public static final String IMPORTANT = "important";
  /** Local to each sending step: the channel it sends through (a NoticeChannel name). */
  public static final String CHANNEL = "reminderChannel";

  private ReminderVariables() {}
}
