package cn.gov.agency.meeting.message;

import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands a composed message to the mail server. The only class that sends mail: what it sends is an
 * {@link OutgoingMessage}, which only {@link OutgoingMessages} writes. Failures are thrown to the
 * caller, who decides whether to retry or note them.
 */
@Component
public class MailOut {

  private final JavaMailSender sender;
  private final String from;

  MailOut(JavaMailSender sender, @Value("${meeting.notification.from}") String from) {
    this.sender = sender;
    this.from = from;
  }

  /** The address mails come from (the organizer of a calendar invitation). */
  public String from() {
    return from;
  }

  public void send(String address, OutgoingMessage message, Attachment... attachments) {
    String subject = message.subject();
    String body = message.mailBody();
    boolean html = message.htmlMail();
    sender.send(mime -> {
      MimeMessageHelper helper = new MimeMessageHelper(mime, attachments.length > 0, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(address);
      helper.setSubject(subject);
      helper.setText(body, html);
      for (Attachment attachment : attachments) {
        helper.addAttachment(attachment.fileName(), new ByteArrayDataSource(attachment.content(),
            attachment.contentType()));
      }
    });
  }
}
