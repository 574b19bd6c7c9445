package cn.gov.agency.meeting.notification;

import cn.gov.agency.meeting.message.SmsGateway;
import cn.gov.agency.meeting.message.SmsMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default until an SMS gateway is configured: the reminder is only logged, by task and user,
 * because number and text are personal data.
 */
class LoggingSmsGateway implements SmsGateway {

  private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

  @Override
  public void send(SmsMessage message) {
    log.info("短信提醒（未配置短信网关，仅记录） SMS reminder not sent, no gateway configured: task={} user={}",
        message.taskId(), message.userId());
  }
}
