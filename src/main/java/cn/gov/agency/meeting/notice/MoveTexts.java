package cn.gov.agency.meeting.notice;

import static cn.gov.agency.meeting.message.MessageField.END;
import static cn.gov.agency.meeting.message.MessageField.HOST_DEPARTMENT;
import static cn.gov.agency.meeting.message.MessageField.LINK;
import static cn.gov.agency.meeting.message.MessageField.MOVED_BY;
import static cn.gov.agency.meeting.message.MessageField.PLACE;
import static cn.gov.agency.meeting.message.MessageField.PREVIOUS_END;
import static cn.gov.agency.meeting.message.MessageField.PREVIOUS_START;
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
 * What a move message says ({@link MessageKind#MOVE}): the former and the new time, the place, who
 * moved it. A confidential meeting's mail and SMS carry no content (R5.2): its title only to someone
 * entitled to it.
 */
@Component
class MoveTexts {

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final OutgoingMessages messages;
  private final Clock clock;
  private final String publicBaseUrl;
  private final String myPageLink;

  MoveTexts(OutgoingMessages messages, Clock clock,
      @Value("${meeting.public-base-url}") String publicBaseUrl) {
    this.messages = messages;
    this.clock = clock;
    this.publicBaseUrl = publicBaseUrl;
    this.myPageLink = (publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl) + "/app/my";
  }

  /** One recipient's move message, by mail or SMS. */
  OutgoingMessage message(MeetingRecord meeting, Move move, String movedByName, String hostDepartmentName,
      String recipientUserId, String recipientName) {
    Map<MessageField, Object> values = new EnumMap<>(MessageField.class);
    values.put(RECIPIENT_NAME, recipientName);
    values.put(TITLE, meeting.title());
    values.put(HOST_DEPARTMENT, hostDepartmentName);
    values.put(START, LONG.format(move.newStart()));
    values.put(START_SHORT, SHORT.format(move.newStart()));
    values.put(END, LONG.format(move.newEnd()));
    values.put(PREVIOUS_START, LONG.format(move.oldStart()));
    values.put(PREVIOUS_END, LONG.format(move.oldEnd()));
    values.put(PLACE, meeting.place());
    values.put(MOVED_BY, movedByName);
    values.put(LINK, myPageLink);
    return messages.compose(MessageKind.MOVE, meeting, recipientUserId, values);
  }

  /**
   * invite.ics at the move's new times: the entry the notice's invitation made, same UID, this
   * move's sequence. It says no more than the mail.
   */
  String calendar(MeetingRecord meeting, Move move, OutgoingMessage message, String organizerEmail,
      String attendeeName, String attendeeEmail) {
    return InviteCalendar.update(new InviteCalendar.Invite(InviteCalendar.uid(meeting.id(), publicBaseUrl),
        move.newStart(), move.newEnd(), message.render(MessagePart.INVITE_SUMMARY),
        message.render(MessagePart.INVITE_LOCATION), message.render(MessagePart.INVITE_DESCRIPTION),
        message.render(MessagePart.INVITE_ORGANIZER), organizerEmail, attendeeName, attendeeEmail, clock.instant()),
        move.sequence());
  }
}
