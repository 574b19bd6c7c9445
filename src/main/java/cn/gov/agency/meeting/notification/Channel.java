package cn.gov.agency.meeting.notification;

/** How a reminder reaches someone; stored by name in {@code task_notification.channel}. */
public enum Channel {
  EMAIL,
  SMS
}
