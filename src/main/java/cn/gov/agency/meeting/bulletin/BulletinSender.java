package cn.gov.agency.meeting.bulletin;

import cn.gov.agency.meeting.bulletin.BulletinRepository.Recipient;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.message.MailOut;
import cn.gov.agency.meeting.message.MessageField;
import cn.gov.agency.meeting.message.MessageKind;
import cn.gov.agency.meeting.message.OutgoingMessage;
import cn.gov.agency.meeting.message.OutgoingMessages;
import cn.gov.agency.meeting.message.SmsOut;
import cn.gov.agency.meeting.notification.FailureSummary;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * Tells a bulletin's recipients through one channel the way the notice's moves are told: each
 * message recorded in a transaction of its own as SENDING before the hand-over and SENT after, so a
 * retried step skips those sent, and one a crash interrupted is left UNCONFIRMED, not repeated.
 */
@Service
class BulletinSender {

  static final String STAGE = "bulletin";
  private static final Logger log = LoggerFactory.getLogger(BulletinSender.class);

  private final BulletinRepository repository;
  private final Meetings meetings;
  private final OrganisationDirectory directory;
  private final OutgoingMessages messages;
  private final MailOut mail;
  private final SmsOut sms;
  private final MeetingEvents events;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final boolean emailEnabled;

  BulletinSender(BulletinRepository repository, Meetings meetings, OrganisationDirectory directory,
      OutgoingMessages messages, MailOut mail, SmsOut sms, MeetingEvents events, PlatformTransactionManager transactions,
      Clock clock, @Value("${meeting.notification.email-enabled:true}") boolean emailEnabled) {
    this.repository = repository;
    this.meetings = meetings;
    this.directory = directory;
    this.messages = messages;
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
  void send(long bulletinId, BulletinChannel channel, String actor) {
    Bulletin bulletin = repository.find(bulletinId).orElseThrow();
    MeetingRecord meeting = meetings.find(bulletin.meetingId()).orElseThrow();
    int sent = 0;
    int notSent = 0;
    int unconfirmed = 0;
    List<String> failed = new ArrayList<>();
    for (Recipient recipient : repository.recipients(bulletinId)) {
      Optional<BulletinDeliveryStatus> earlier = repository.deliveryStatus(recipient.id(), channel);
      if (earlier.isPresent()) {
        if (earlier.get() == BulletinDeliveryStatus.SENDING) {
          log.warn("通报发送中断，待核实 interrupted sending not repeated: bulletin={} recipient={} channel={}",
              bulletinId, recipient.id(), channel);
          change(recipient, channel, BulletinDeliveryStatus.SENDING, BulletinDeliveryStatus.UNCONFIRMED);
          unconfirmed++;
        }
        continue;
      }
      Optional<Person> person = directory.person(recipient.personUserId());
      Optional<String> address = person.flatMap(p -> addressOf(p, channel));
      if (channel == BulletinChannel.EMAIL && !emailEnabled) {
        notSent += record(recipient, channel, BulletinDeliveryStatus.CHANNEL_OFF) ? 1 : 0;
      } else if (address.isEmpty()) {
        notSent += record(recipient, channel, BulletinDeliveryStatus.NO_ADDRESS) ? 1 : 0;
      } else if (channel == BulletinChannel.IN_APP) {
        // The delivery row is the in-app message (我收到的通报与反馈): nothing leaves the database.
        sent += record(recipient, channel, BulletinDeliveryStatus.SENT) ? 1 : 0;
      } else if (record(recipient, channel, BulletinDeliveryStatus.SENDING)) {
        // Committed before the hand-over, so a crash right after it does not lead to a second message.
        OutgoingMessage message = message(meeting, bulletin, person.get());
        try {
          if (channel == BulletinChannel.EMAIL) {
            mail.send(address.get(), message);
          } else {
            sms.send("bulletin-" + bulletinId, recipient.personUserId(), address.get(), message);
          }
        } catch (RuntimeException e) {
          log.warn("通报发送失败 bulletin not sent: bulletin={} user={} channel={}: {}", bulletinId,
              recipient.personUserId(), channel, FailureSummary.of(e));
          ownTransaction.executeWithoutResult(tx -> repository.forgetSending(recipient.id(), channel));
          failed.add(recipient.personUserId());
          continue;
        }
        change(recipient, channel, BulletinDeliveryStatus.SENDING, BulletinDeliveryStatus.SENT);
        sent++;
      }
    }
    if (!failed.isEmpty()) {
      throw new BulletinNotSentException(channel.label() + "通报发送失败，" + failed.size() + " 人未送达，稍后重试：" + failed);
    }
    events.record(bulletin.meetingId(), STAGE, "sent-" + channel.name().toLowerCase(), actor,
        bulletin.headline() + " · " + channel.label() + "：告知 " + sent + " 人"
            + (notSent > 0 ? "，" + notSent + " 人未发送（无联系方式或通道未启用）" : "")
            + (unconfirmed > 0 ? "，" + unconfirmed + " 人发送中断、未重发，待核实" : ""));
  }

  private OutgoingMessage message(MeetingRecord meeting, Bulletin bulletin, Person person) {
    Map<MessageField, Object> values = new EnumMap<>(MessageField.class);
    values.put(MessageField.RECIPIENT_NAME, person.fullName());
    values.put(MessageField.TITLE, meeting.title());
    values.put(MessageField.HEADLINE, bulletin.headline());
    values.put(MessageField.BULLETIN_TEXT, bulletin.body());
    values.put(MessageField.LINK, bulletin.link());
    return messages.compose(MessageKind.BULLETIN, meeting, person.userId(), values);
  }

  private Optional<String> addressOf(Person person, BulletinChannel channel) {
    return switch (channel) {
      case EMAIL -> Optional.ofNullable(person.email()).filter(email -> !email.isBlank());
      case SMS -> directory.phoneOf(person.userId());
      case IN_APP -> Optional.of(person.userId());
    };
  }

  /** False when the message already has a row: another node's run of the step got there first. */
  private boolean record(Recipient recipient, BulletinChannel channel, BulletinDeliveryStatus status) {
    LocalDateTime now = LocalDateTime.now(clock);
    try {
      ownTransaction.executeWithoutResult(tx -> repository.recordDelivery(recipient.id(), channel, status, now));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  private void change(Recipient recipient, BulletinChannel channel, BulletinDeliveryStatus from,
      BulletinDeliveryStatus to) {
    LocalDateTime now = LocalDateTime.now(clock);
    ownTransaction.executeWithoutResult(tx -> repository.changeDeliveryStatus(recipient.id(), channel, from, to, now));
  }

  /** Some messages did not go out; the step fails and is retried, then becomes an incident. */
  static class BulletinNotSentException extends RuntimeException {
    BulletinNotSentException(String message) {
      super(message);
    }
  }
}
