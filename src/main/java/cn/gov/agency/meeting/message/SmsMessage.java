package cn.gov.agency.meeting.message;

/** One SMS. {@code taskId} and {@code userId} say what it is about without revealing number or text. */
public record SmsMessage(String taskId, String userId, String phone, String text) {

  @Override
  public String toString() {
    return "SmsMessage[task=" + taskId + ", user=" + userId + "]";
  }
}
