package cn.gov.agency.meeting.notification;

/** One reminder about one task for one person on one channel; {@code address} is an e-mail or phone number. */
record Reminder(NewTask task, String userId, String recipientName, Channel channel, String address) {

  /** Addresses and names are personal data: keep them out of anything that might get logged. */
  @Override
  public String toString() {
    return "Reminder[task=" + task.taskId() + ", user=" + userId + ", channel=" + channel + "]";
  }
}
