package cn.gov.agency.meeting.notice;

import static cn.gov.agency.meeting.message.MessageField.DEADLINE;
import static cn.gov.agency.meeting.message.MessageField.RECIPIENT_NAME;
import static cn.gov.agency.meeting.message.MessageField.TITLE;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.message.MailOut;
import cn.gov.agency.meeting.message.MessageField;
import cn.gov.agency.meeting.message.MessageKind;
import cn.gov.agency.meeting.message.OutgoingMessage;
import cn.gov.agency.meeting.message.OutgoingMessages;
import cn.gov.agency.meeting.message.SmsOut;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 催办通知: the notice deadline is near and the notice is not drafted yet. The office staff and
 * its head are told by e-mail and SMS ({@link MessageKind#NOTICE_ESCALATION}). A reminder that does
 * not get through is noted, not retried: the draft task stays in the office's inbox either way, and
 * a retry would repeat the reminders that did get through.
 */
@Service
public class NoticeEscalation {

  private static final Logger log = LoggerFactory.getLogger(NoticeEscalation.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final OrganisationDirectory directory;
  private final Meetings meetings;
  private final OutgoingMessages messages;
  private final MailOut mail;
  private final SmsOut sms;
  private final MeetingEvents events;

  NoticeEscalation(OrganisationDirectory directory, Meetings meetings, OutgoingMessages messages,
      MailOut mail, SmsOut sms, MeetingEvents events) {
    this.directory = directory;
    this.meetings = meetings;
    this.messages = messages;
    this.mail = mail;
    this.sms = sms;
    this.events = events;
  }

  /** {@code officeUserIds}: the members of the office and the office head; {@code deadline} in agency time. */
  public void escalate(long meetingId, LocalDateTime deadline, Collection<String> officeUserIds, String actor) {
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow();
    int reached = 0;
    int missed = 0;
    for (String userId : new LinkedHashSet<>(officeUserIds)) {
      Optional<Person> person = directory.person(userId);
      if (person.isEmpty()) {
        continue;
      }
      Map<MessageField, Object> values = new EnumMap<>(MessageField.class);
      values.put(RECIPIENT_NAME, person.get().fullName());
      values.put(TITLE, meeting.title());
      values.put(DEADLINE, TIME.format(deadline));
      OutgoingMessage message = messages.compose(MessageKind.NOTICE_ESCALATION, meeting, userId, values);
      boolean anyChannel = false;
      String email = person.get().email();
      if (email != null && !email.isBlank()) {
        anyChannel |= attempt(userId, "EMAIL", () -> mail.send(email, message));
      }
      Optional<String> phone = directory.phoneOf(userId);
      if (phone.isPresent()) {
        anyChannel |= attempt(userId, "SMS", () -> sms.send("notice-escalation-" + meetingId, userId, phone.get(),
            message));
      }
      if (anyChannel) {
        reached++;
      } else {
        missed++;
      }
    }
    events.record(meetingId, NoticeService.STAGE, "escalated", actor,
        "通知发出期限 " + TIME.format(deadline) + " 将至，已催办办公室 " + reached + " 人"
            + (missed > 0 ? "，" + missed + " 人未能送达" : ""));
  }

  private static boolean attempt(String userId, String channel, Runnable send) {
    try {
      send.run();
      return true;
    } catch (RuntimeException e) {
      log.warn("会议通知催办未送达 escalation not delivered: user={} channel={}: {}", userId, channel,
          e.getClass().getName());
      return false;
    }
  }
}
