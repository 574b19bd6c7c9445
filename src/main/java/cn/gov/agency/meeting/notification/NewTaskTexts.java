package cn.gov.agency.meeting.notification;

import static cn.gov.agency.meeting.message.MessageField.DUE;
import static cn.gov.agency.meeting.message.MessageField.DUE_SOON;
import static cn.gov.agency.meeting.message.MessageField.LINK;
import static cn.gov.agency.meeting.message.MessageField.RECIPIENT_NAME;
import static cn.gov.agency.meeting.message.MessageField.TASK_NAME;
import static cn.gov.agency.meeting.message.MessageField.TITLE;
import static cn.gov.agency.meeting.message.MessageField.URGENT;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.message.MessageField;
import cn.gov.agency.meeting.message.MessageKind;
import cn.gov.agency.meeting.message.OutgoingMessage;
import cn.gov.agency.meeting.message.OutgoingMessages;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a task reminder says ({@link MessageKind#NEW_TASK}): the task, the meeting it belongs to —
 * for a confidential meeting named only to someone entitled to it — its due date and the link.
 */
@Component
class NewTaskTexts {

  private static final DateTimeFormatter DUE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final OutgoingMessages messages;
  private final Meetings meetings;
  private final ZoneId zone;
  private final Urgency urgency;
  private final String publicBaseUrl;

  NewTaskTexts(OutgoingMessages messages, Meetings meetings, Clock clock, Urgency urgency,
      @Value("${meeting.public-base-url}") String publicBaseUrl) {
    this.messages = messages;
    this.meetings = meetings;
    this.zone = clock.getZone();
    this.urgency = urgency;
    this.publicBaseUrl = publicBaseUrl.endsWith("/")
        ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
  }

  /** Opens the task itself in Tasklist (after login, if needed). */
  String link(NewTask task) {
    return publicBaseUrl + "/camunda/app/tasklist/default/#/?task=" + task.taskId();
  }

  OutgoingMessage message(NewTask task, String recipientUserId, String recipientName) {
    MeetingRecord meeting = task.meetingId() == null ? null : meetings.find(task.meetingId()).orElse(null);
    Map<MessageField, Object> values = new EnumMap<>(MessageField.class);
    values.put(RECIPIENT_NAME, recipientName);
    values.put(TASK_NAME, task.taskName());
    // The meeting's own record names it, not a variable copied onto the process: OutgoingMessages
    // then names it only to those entitled.
    values.put(TITLE, meeting != null ? meeting.title() : task.meetingTitle());
    values.put(URGENT, urgency.of(task));
    values.put(DUE_SOON, task.occasion() == Occasion.DUE_SOON);
    values.put(LINK, link(task));
    values.put(DUE, task.due() == null ? null : DUE_TIME.format(task.due().atZone(zone)));
    return messages.compose(MessageKind.NEW_TASK, meeting, recipientUserId, values);
  }
}
