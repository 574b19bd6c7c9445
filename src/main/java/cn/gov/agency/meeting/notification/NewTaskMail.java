package cn.gov.agency.meeting.notification;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends the reminder mail; failures are thrown to the caller, who records them. */
@Component
class NewTaskMail {

  private final JavaMailSender sender;
  private final NewTaskTexts texts;
  private final String from;

  NewTaskMail(JavaMailSender sender, NewTaskTexts texts, @Value("${meeting.notification.from}") String from) {
    this.sender = sender;
    this.texts = texts;
    this.from = from;
  }

  void send(Reminder reminder) {
    String subject = texts.mailSubject(reminder.task());
    String body = texts.mailBody(reminder.task(), reminder.recipientName());
    sender.send(message -> {
      MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(reminder.address());
      helper.setSubject(subject);
      helper.setText(body);
    });
  }
}
