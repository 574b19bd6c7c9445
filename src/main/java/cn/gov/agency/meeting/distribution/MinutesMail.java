package cn.gov.agency.meeting.distribution;

import static cn.gov.agency.meeting.message.MessageField.LINK;
import static cn.gov.agency.meeting.message.MessageField.MINUTES_TEXT;
import static cn.gov.agency.meeting.message.MessageField.OUTPUT_DOCUMENT;
import static cn.gov.agency.meeting.message.MessageField.RECIPIENT_DEPARTMENT;
import static cn.gov.agency.meeting.message.MessageField.RECIPIENT_NAME;
import static cn.gov.agency.meeting.message.MessageField.RESOLUTIONS;
import static cn.gov.agency.meeting.message.MessageField.TITLE;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.message.MailOut;
import cn.gov.agency.meeting.message.MessageField;
import cn.gov.agency.meeting.message.MessageKind;
import cn.gov.agency.meeting.message.OutgoingMessages;
import cn.gov.agency.meeting.minutes.ApprovedMinutes;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The e-mail carrying the approved minutes to one recipient ({@link MessageKind#MINUTES}). A
 * confidential meeting's minutes never travel by e-mail (R5.2): its mail only says that minutes
 * await them in the system, and names the meeting only to someone entitled to it.
 */
@Component
class MinutesMail {

  private final OutgoingMessages messages;
  private final MailOut mail;
  private final String publicBaseUrl;

  MinutesMail(OutgoingMessages messages, MailOut mail, @Value("${meeting.public-base-url}") String publicBaseUrl) {
    this.messages = messages;
    this.mail = mail;
    this.publicBaseUrl = publicBaseUrl.endsWith("/")
        ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
  }

  void send(MeetingRecord meeting, ApprovedMinutes approved, MinutesRecipient recipient, String recipientName,
      String address, String departmentName) {
    Map<MessageField, Object> values = new EnumMap<>(MessageField.class);
    values.put(RECIPIENT_NAME, recipientName);
    values.put(TITLE, meeting.title());
    values.put(OUTPUT_DOCUMENT, approved.outputDocument());
    values.put(LINK, publicBaseUrl + "/app/my/minutes/" + recipient.id());
    values.put(RECIPIENT_DEPARTMENT, departmentName);
    if (recipient.fullText()) {
      values.put(MINUTES_TEXT, approved.version().minutes().content());
      values.put(RESOLUTIONS, approved.resolutions());
    }
    mail.send(address, messages.compose(MessageKind.MINUTES, meeting, recipient.userId(), values));
  }
}
