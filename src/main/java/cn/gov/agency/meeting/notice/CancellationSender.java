package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRepository;
import cn.gov.agency.meeting.notice.Delivery.DeliveryStatus;
import cn.gov.agency.meeting.notification.FailureSummary;
import cn.gov.agency.meeting.notification.SmsGateway;
import cn.gov.agency.meeting.notification.SmsMessage;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.security.CurrentUser;
import jakarta.mail.util.ByteArrayDataSource;
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
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
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
  private final MeetingRepository meetings;
  private final MeetingAccess access;
  private final PersonGroups groups;
  private final OrganisationDirectory directory;
  private final CancellationTexts texts;
  private final JavaMailSender mail;
  private final SmsGateway sms;
  private final MeetingEvents events;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final String from;
  private final boolean emailEnabled;

  CancellationSender(CancellationRepository cancellations, MeetingRepository meetings, MeetingAccess access,
      PersonGroups groups, OrganisationDirectory directory, CancellationTexts texts, JavaMailSender mail,
      SmsGateway sms, MeetingEvents events, PlatformTransactionManager transactions, Clock clock,
      @Value("${meeting.notification.from}") String from,
      @Value("${meeting.notification.email-enabled:true}") boolean emailEnabled) {
    this.cancellations = cancellations;
    this.meetings = meetings;
    this.access = access;
    this.groups = groups;
    this.directory = directory;
    this.texts = texts;
    this.mail = mail;
    this.sms = sms;
    this.events = events;
    // The sending step's own transaction is rolled back when it fails; what was sent must stay recorded.
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.from = from;
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
        var message = new CancellationTexts.Message(meeting, cancellation, cancelledBy,
            access.mayReadContent(new CurrentUser(recipient.personUserId(), groups.groupsOf(recipient.personUserId())),
                meeting));
        try {
          deliver(message, person.get(), channel, address.get());
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

  private void deliver(CancellationTexts.Message message, Person person, NoticeChannel channel, String address) {
    switch (channel) {
      case EMAIL -> {
        String calendar = texts.calendar(message, hostDepartmentName(message.meeting()), from, person.fullName(),
            address);
        mail.send(mime -> {
          MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
          helper.setFrom(from);
          helper.setTo(address);
          helper.setSubject(texts.mailSubject(message));
          helper.setText(texts.mailBody(message, person.fullName()), true);
          helper.addAttachment("cancel.ics", new ByteArrayDataSource(calendar.getBytes(StandardCharsets.UTF_8),
              "text/calendar; charset=UTF-8; method=CANCEL"));
        });
      }
      case SMS -> sms.send(new SmsMessage("cancellation-" + message.meeting().id(), person.userId(), address,
          texts.sms(message)));
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
