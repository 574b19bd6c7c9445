package cn.gov.agency.meeting.reminder;

import static cn.gov.agency.meeting.message.MessageField.LINK;
import static cn.gov.agency.meeting.message.MessageField.PLACE;
import static cn.gov.agency.meeting.message.MessageField.RECIPIENT_NAME;
import static cn.gov.agency.meeting.message.MessageField.START;
import static cn.gov.agency.meeting.message.MessageField.START_SHORT;
import static cn.gov.agency.meeting.message.MessageField.TITLE;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.message.MessageField;
import cn.gov.agency.meeting.message.MessageKind;
import cn.gov.agency.meeting.message.OutgoingMessage;
import cn.gov.agency.meeting.message.OutgoingMessages;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What a reminder says ({@link MessageKind#MEETING_REMINDER}): the mail and the SMS, from their templates. */
@Component
class ReminderTexts {

  private static final DateTimeFormatter START_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final OutgoingMessages messages;
  private final String myMeetingsLink;

  ReminderTexts(OutgoingMessages messages, @Value("${meeting.public-base-url}") String publicBaseUrl) {
    this.messages = messages;
    this.myMeetingsLink = (publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl) + "/app/my/notices";
  }

  OutgoingMessage message(MeetingRecord meeting, String recipientUserId, String recipientName) {
    Map<MessageField, Object> values = new EnumMap<>(MessageField.class);
    values.put(RECIPIENT_NAME, recipientName);
    values.put(TITLE, meeting.title());
    values.put(START, START_TIME.format(meeting.plannedStart()));
    values.put(START_SHORT, SHORT.format(meeting.plannedStart()));
    values.put(PLACE, meeting.place());
    values.put(LINK, myMeetingsLink);
    return messages.compose(MessageKind.MEETING_REMINDER, meeting, recipientUserId, values);
  }
}
