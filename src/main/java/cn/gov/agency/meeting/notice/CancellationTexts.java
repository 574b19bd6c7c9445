package cn.gov.agency.meeting.notice;

import static cn.gov.agency.meeting.message.MessageField.CANCELLED_BY;
import static cn.gov.agency.meeting.message.MessageField.END;
import static cn.gov.agency.meeting.message.MessageField.HOST_DEPARTMENT;
import static cn.gov.agency.meeting.message.MessageField.LINK;
import static cn.gov.agency.meeting.message.MessageField.PLACE;
import static cn.gov.agency.meeting.message.MessageField.REASON;
import static cn.gov.agency.meeting.message.MessageField.RECIPIENT_NAME;
import static cn.gov.agency.meeting.message.MessageField.START;
import static cn.gov.agency.meeting.message.MessageField.START_SHORT;
import static cn.gov.agency.meeting.message.MessageField.TITLE;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.message.MessageField;
import cn.gov.agency.meeting.message.MessageKind;
import cn.gov.agency.meeting.message.MessagePart;
import cn.gov.agency.meeting.message.OutgoingMessage;
import cn.gov.agency.meeting.message.OutgoingMessages;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a cancellation message says ({@link MessageKind#CANCELLATION}). A confidential meeting's mail
 * and SMS carry no content (R5.2): its title only to someone entitled to it, its reason never — both
 * are on 我的会议 after login.
 */
@Component
class CancellationTexts {

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final OutgoingMessages messages;
  private final MoveRepository moves;
  private final Clock clock;
  private final String publicBaseUrl;
  private final String myPageLink;

  CancellationTexts(OutgoingMessages messages, MoveRepository moves, Clock clock,
      @Value("${meeting.public-base-url}") String publicBaseUrl) {
    this.messages = messages;
    this.moves = moves;
    this.clock = clock;
    this.publicBaseUrl = publicBaseUrl;
    this.myPageLink = (publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl) + "/app/my";
  }

  /** One recipient's cancellation message, by mail or SMS. */
  OutgoingMessage message(MeetingRecord meeting, Cancellation cancellation, String cancelledByName,
      String hostDepartmentName, String recipientUserId, String recipientName) {
    Map<MessageField, Object> values = new EnumMap<>(MessageField.class);
    values.put(RECIPIENT_NAME, recipientName);
    values.put(TITLE, meeting.title());
    values.put(HOST_DEPARTMENT, hostDepartmentName);
    values.put(START, LONG.format(meeting.plannedStart()));
    values.put(START_SHORT, SHORT.format(meeting.plannedStart()));
    values.put(END, LONG.format(meeting.plannedEnd()));
    values.put(PLACE, meeting.place());
    values.put(CANCELLED_BY, cancelledByName);
    values.put(REASON, cancellation.reason());
    values.put(LINK, myPageLink);
    return messages.compose(MessageKind.CANCELLATION, meeting, recipientUserId, values);
  }

  /**
   * cancel.ics: removes the entry the notice's invite.ics put into the recipient's calendar (same
   * UID), with a sequence above that of any move's update, which calendars would otherwise keep. It
   * says no more than the mail.
   */
  String calendar(MeetingRecord meeting, OutgoingMessage message, String organizerEmail, String attendeeName,
      String attendeeEmail) {
    return InviteCalendar.cancel(new InviteCalendar.Invite(InviteCalendar.uid(meeting.id(), publicBaseUrl),
        meeting.plannedStart(), meeting.plannedEnd(), message.render(MessagePart.INVITE_SUMMARY),
        message.render(MessagePart.INVITE_LOCATION), message.render(MessagePart.INVITE_DESCRIPTION),
        message.render(MessagePart.INVITE_ORGANIZER), organizerEmail, attendeeName, attendeeEmail, clock.instant()),
        moves.lastSequence(meeting.id()) + 1);
  }
}
