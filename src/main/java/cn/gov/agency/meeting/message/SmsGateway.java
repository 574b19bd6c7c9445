package cn.gov.agency.meeting.message;

/** Hands an SMS to whatever delivers it; throws when it could not. */
public interface SmsGateway {

  void send(SmsMessage message);
}
