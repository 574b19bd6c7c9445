package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.notice.Delivery.DeliveryStatus;
import cn.gov.agency.meeting.message.Attachment;
import cn.gov.agency.meeting.message.MailOut;
import cn.gov.agency.meeting.message.OutgoingMessage;
import cn.gov.agency.meeting.message.SmsOut;
import cn.gov.agency.meeting.notification.FailureSummary;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells everyone on a cancellation's list through one channel, the way {@link NoticeSender} sends
 * a notice: each message is recorded in a transaction of its own as SENDING before it is handed to
 * the mail server or gateway and SENT after, so a retried step skips those sent, and one whose
 * sending a crash interrupted is not repeated but left as UNCONFIRMED — nobody is told twice.
 */
@Service
class CancellationSender {

  private static final Logger log = LoggerFactory.getLogger(CancellationSender.class);

  private final CancellationRepository cancellations;
  private final Meetings meetings;
  private final OrganisationDirectory directory;
  private final CancellationTexts texts;
  private final MailOut mail;
  private final SmsOut sms;
  private final MeetingEvents events;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final boolean emailEnabled;

  CancellationSender(CancellationRepository cancellations, Meetings meetings, OrganisationDirectory directory,
      CancellationTexts texts, MailOut mail, SmsOut sms, MeetingEvents events, PlatformTransactionManager transactions,
      Clock clock, @Value("${meeting.notification.email-enabled:true}") boolean emailEnabled) {
    this.cancellations = cancellations;
    this.meetings = meetings;
    this.directory = directory;
    this.texts = texts;
    this.mail = mail;
    this.sms = sms;
    this.events = events;
    // The sending step's own transaction is rolled back when it fails; what was sent must stay recorded.
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.emailEnabled = emailEnabled;
  }

  /** Throws when some messages did not go out: the step is retried, then becomes an incident. */
  public void send(long meetingId, NoticeChannel channel, String actor) {
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow();
    Cancellation cancellation = cancellations.find(meetingId).orElseThrow();
    String cancelledBy = directory.person(cancellation.cancelledBy()).map(Person::fullName)
        .orElse(cancellation.cancelledBy());
    int sent = 0;
    int notSent = 0;
    int unconfirmed = 0;
    List<String> failed = new ArrayList<>();
    for (CancellationRecipient recipient : cancellations.recipients(meetingId)) {
      Optional<DeliveryStatus> earlier = cancellations.deliveryStatus(recipient.id(), channel);
      if (earlier.isPresent()) {
        if (earlier.get() == DeliveryStatus.SENDING) {
          interrupted(recipient, channel);
          unconfirmed++;
        }
        continue;
      }
      Optional<Person> person = directory.person(recipient.personUserId());
      Optional<String> address = person.flatMap(p -> addressOf(p, channel));
      if (channel == NoticeChannel.EMAIL && !emailEnabled) {
        notSent += record(recipient, channel, DeliveryStatus.CHANNEL_OFF) ? 1 : 0;
      } else if (address.isEmpty()) {
        notSent += record(recipient, channel, DeliveryStatus.NO_ADDRESS) ? 1 : 0;
      } else if (channel == NoticeChannel.IN_APP) {
        // The delivery row is the in-app message (我的会议): nothing leaves the database.
        sent += record(recipient, channel, DeliveryStatus.SENT) ? 1 : 0;
      } else if (record(recipient, channel, DeliveryStatus.SENDING)) {
        // Committed before the hand-over, so a crash right after it does not lead to a second message.
        OutgoingMessage message = texts.message(meeting, cancellation, cancelledBy, hostDepartmentName(meeting),
            recipient.personUserId(), person.get().fullName());
        try {
          deliver(meeting, message, person.get(), channel, address.get());
        } catch (RuntimeException e) {
          log.warn("会议取消通知发送失败 cancellation not sent: meeting={} user={} channel={}: {}", meetingId,
              recipient.personUserId(), channel, FailureSummary.of(e));
          ownTransaction.executeWithoutResult(tx -> cancellations.forgetSending(recipient.id(), channel));
          failed.add(recipient.personUserId());
          continue;
        }
        change(recipient, channel, DeliveryStatus.SENDING, DeliveryStatus.SENT);
        sent++;
      }
    }
    if (!failed.isEmpty()) {
      throw new CancellationNotSentException(channel.label() + "取消通知发送失败，" + failed.size() + " 人未送达，稍后重试："
          + failed);
    }
    events.record(meetingId, NoticeService.STAGE, "cancellation-sent-" + channel.name().toLowerCase(), actor,
        channel.label() + "：本次告知 " + sent + " 人" + (notSent > 0 ? "，" + notSent + " 人未发送（无联系方式或通道未启用）" : "")
            + (unconfirmed > 0 ? "，" + unconfirmed + " 人发送中断、未重发，待核实" : ""));
  }

  private Optional<String> addressOf(Person person, NoticeChannel channel) {
    return switch (channel) {
      case EMAIL -> Optional.ofNullable(person.email()).filter(email -> !email.isBlank());
      case SMS -> directory.phoneOf(person.userId());
      case IN_APP -> Optional.of(person.userId());
    };
  }

  private void deliver(MeetingRecord meeting, OutgoingMessage message, Person person, NoticeChannel channel,
      String address) {
    switch (channel) {
      case EMAIL -> {
        String calendar = texts.calendar(meeting, message, mail.from(), person.fullName(), address);
        mail.send(address, message, new Attachment("cancel.ics", calendar.getBytes(StandardCharsets.UTF_8),
            "text/calendar; charset=UTF-8; method=CANCEL"));
      }
      case SMS -> sms.send("cancellation-" + meeting.id(), person.userId(), address, message);
      case IN_APP -> { }
    }
  }

  /** The organizer the notice's invitation named, so calendars match the cancellation to it. */
  private String hostDepartmentName(MeetingRecord meeting) {
    return directory.department(meeting.hostDepartmentCode()).map(Department::name)
        .orElse(meeting.hostDepartmentCode());
  }

  /** A message whose hand-over a crash may have cut off: not sent again, left to be checked (待核实). */
  private void interrupted(CancellationRecipient recipient, NoticeChannel channel) {
    log.warn("会议取消通知发送中断，待核实 interrupted sending not repeated: meeting={} recipient={} channel={}",
        recipient.meetingId(), recipient.id(), channel);
    change(recipient, channel, DeliveryStatus.SENDING, DeliveryStatus.UNCONFIRMED);
  }

  /** False when the message already has a row: another node's run of the step got there first. */
  private boolean record(CancellationRecipient recipient, NoticeChannel channel, DeliveryStatus status) {
    LocalDateTime now = LocalDateTime.now(clock);
    try {
      ownTransaction.executeWithoutResult(tx -> cancellations.recordDelivery(recipient.id(), channel, status, now));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  private void change(CancellationRecipient recipient, NoticeChannel channel, DeliveryStatus from,
      DeliveryStatus to) {
    LocalDateTime now = LocalDateTime.now(clock);
    ownTransaction.executeWithoutResult(tx -> cancellations.changeDeliveryStatus(recipient.id(), channel, from, to,
        now));
  }

  /** Some messages did not go out; the step fails and is retried, then becomes an incident. */
  public static class CancellationNotSentException extends RuntimeException {
    CancellationNotSentException(String message) {
      super(message);
    }
  }
}
