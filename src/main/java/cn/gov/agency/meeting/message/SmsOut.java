package cn.gov.agency.meeting.message;

import org.springframework.stereotype.Component;

/**
 * Hands a composed message's SMS text to the gateway. The only class that sends SMS: its text comes
 * from an {@link OutgoingMessage}. Failures are thrown to the caller.
 */
@Component
public class SmsOut {

  private final SmsGateway gateway;

  SmsOut(SmsGateway gateway) {
    this.gateway = gateway;
  }

  /** {@code reference} says what the SMS is about (a task, a notice) without its text, for the gateway's log. */
  public void send(String reference, String userId, String phone, OutgoingMessage message) {
    gateway.send(new SmsMessage(reference, userId, phone, message.sms()));
  }
}
