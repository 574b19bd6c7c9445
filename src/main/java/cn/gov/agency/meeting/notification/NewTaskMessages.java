package cn.gov.agency.meeting.notification;

import cn.gov.agency.meeting.message.MailOut;
import cn.gov.agency.meeting.message.SmsOut;
import org.springframework.stereotype.Component;

/** Sends one task reminder through its channel; failures are thrown to the caller, who records them. */
@Component
class NewTaskMessages {

  private final NewTaskTexts texts;
  private final MailOut mail;
  private final SmsOut sms;

  NewTaskMessages(NewTaskTexts texts, MailOut mail, SmsOut sms) {
    this.texts = texts;
    this.mail = mail;
    this.sms = sms;
  }

  void send(Reminder reminder) {
    var message = texts.message(reminder.task(), reminder.userId(), reminder.recipientName());
    switch (reminder.channel()) {
      case EMAIL -> mail.send(reminder.address(), message);
      case SMS -> sms.send(reminder.task().taskId(), reminder.userId(), reminder.address(), message);
    }
  }
}
