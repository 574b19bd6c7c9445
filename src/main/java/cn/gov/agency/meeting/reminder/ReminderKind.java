package cn.gov.agency.meeting.reminder;

/** The two reminders before a meeting; stored by name in {@code meeting_reminder.kind}. */
public enum ReminderKind {
  /** At a set time on a working day before the meeting (default: 09:00 the working day before). */
  DAY_BEFORE("会前工作日提醒"),
  /** A set number of minutes before the start (default: 30). */
  SHORTLY_BEFORE("临近开会提醒");

  private final String label;

  ReminderKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
