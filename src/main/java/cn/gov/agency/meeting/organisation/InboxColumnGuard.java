package cn.gov.agency.meeting.organisation;

/**
 * Lets the owner of a process's record decide what an inbox column may show of it (R5.2): the
 * copy on a task is read by whoever may read the task, who need not be entitled to the meeting.
 */
public interface InboxColumnGuard {

  /**
   * The value to copy onto a task for the process variable {@code variable}.
   *
   * @param businessKey the business key of the task's process instance (may be null)
   * @param value the process variable's value, returned unchanged when there is nothing to hide
   */
  Object shown(String businessKey, String variable, Object value);

  /** The name of the task-local copy of {@code processVariable} ({@code meetingTitle} → {@code inboxMeetingTitle}). */
  static String taskVariable(String processVariable) {
    return "inbox" + Character.toUpperCase(processVariable.charAt(0)) + processVariable.substring(1);
  }
}
