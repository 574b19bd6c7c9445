package cn.gov.agency.meeting.notice;

import static cn.gov.agency.meeting.message.MessageField.CONTENT;
import static cn.gov.agency.meeting.message.MessageField.END;
import static cn.gov.agency.meeting.message.MessageField.HOST_DEPARTMENT;
import static cn.gov.agency.meeting.message.MessageField.LINK;
import static cn.gov.agency.meeting.message.MessageField.NOTICE_DOCUMENT;
import static cn.gov.agency.meeting.message.MessageField.PLACE;
import static cn.gov.agency.meeting.message.MessageField.RECIPIENT_NAME;
import static cn.gov.agency.meeting.message.MessageField.START;
import static cn.gov.agency.meeting.message.MessageField.START_SHORT;
import static cn.gov.agency.meeting.message.MessageField.TITLE;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.message.Attachment;
import cn.gov.agency.meeting.message.MailOut;
import cn.gov.agency.meeting.message.MessageField;
import cn.gov.agency.meeting.message.MessageKind;
import cn.gov.agency.meeting.message.MessagePart;
import cn.gov.agency.meeting.message.OutgoingMessage;
import cn.gov.agency.meeting.message.OutgoingMessages;
import cn.gov.agency.meeting.message.SmsOut;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The notice to one participant: the e-mail with its calendar invitation, and the SMS. What each
 * carries is {@link MessageKind#NOTICE}'s: for a confidential meeting neither the notice nor the
 * content, only that a notice waits and the link to read and confirm it after login. Failures are
 * thrown to the sending step.
 */
@Component
class NoticeMessages {

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final OutgoingMessages messages;
  private final MailOut mail;
  private final SmsOut sms;
  private final Clock clock;
  private final String baseUrl;

  NoticeMessages(OutgoingMessages messages, MailOut mail, SmsOut sms, Clock clock,
      @Value("${meeting.public-base-url}") String baseUrl) {
    this.messages = messages;
    this.mail = mail;
    this.sms = sms;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  /** One participant's notice: the notice in the body, the link that confirms receipt, invite.ics. */
  void send(MeetingRecord meeting, String hostDepartmentName, String noticeHtml, String recipientUserId,
      String recipientName, String address, String confirmLink) {
    Map<MessageField, Object> values = values(meeting, hostDepartmentName, recipientName, confirmLink);
    values.put(NOTICE_DOCUMENT, noticeHtml);
    values.put(CONTENT, meeting.content());
    OutgoingMessage message = messages.compose(MessageKind.NOTICE, meeting, recipientUserId, values);
    String calendar = InviteCalendar.write(new InviteCalendar.Invite(uid(meeting.id()), meeting.plannedStart(),
        meeting.plannedEnd(), message.render(MessagePart.INVITE_SUMMARY), message.render(MessagePart.INVITE_LOCATION),
        message.render(MessagePart.INVITE_DESCRIPTION), message.render(MessagePart.INVITE_ORGANIZER), mail.from(),
        recipientName, address, clock.instant()));
    mail.send(address, message, new Attachment("invite.ics", calendar.getBytes(StandardCharsets.UTF_8),
        "text/calendar; charset=UTF-8; method=REQUEST"));
  }

  /** The notice's SMS (important meetings): who, when, where, and the link that confirms receipt. */
  void sendSms(MeetingRecord meeting, String hostDepartmentName, String reference, String recipientUserId,
      String recipientName, String phone, String confirmLink) {
    OutgoingMessage message = messages.compose(MessageKind.NOTICE, meeting, recipientUserId,
        values(meeting, hostDepartmentName, recipientName, confirmLink));
    sms.send(reference, recipientUserId, phone, message);
  }

  private static Map<MessageField, Object> values(MeetingRecord meeting, String hostDepartmentName,
      String recipientName, String confirmLink) {
    Map<MessageField, Object> values = new EnumMap<>(MessageField.class);
    values.put(RECIPIENT_NAME, recipientName);
    values.put(TITLE, meeting.title());
    values.put(HOST_DEPARTMENT, hostDepartmentName);
    values.put(START, LONG.format(meeting.plannedStart()));
    values.put(START_SHORT, SHORT.format(meeting.plannedStart()));
    values.put(END, LONG.format(meeting.plannedEnd()));
    values.put(PLACE, meeting.place());
    values.put(LINK, confirmLink);
    return values;
  }

  /** Stable per meeting, so a resent invitation updates the same calendar entry. */
  String uid(long meetingId) {
    return InviteCalendar.uid(meetingId, baseUrl);
  }
}
