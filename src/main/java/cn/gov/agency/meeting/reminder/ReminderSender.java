package cn.gov.agency.meeting.reminder;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.notice.Delivery.DeliveryStatus;
import cn.gov.agency.meeting.notice.NoticeChannel;
import cn.gov.agency.meeting.message.MailOut;
import cn.gov.agency.meeting.message.OutgoingMessage;
import cn.gov.agency.meeting.message.SmsOut;
import cn.gov.agency.meeting.notification.FailureSummary;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
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
 * Sends one reminder through one channel to everyone expected at the meeting: the participants not
 * on approved leave, substitutes included (R5.1), guests left out (no account, no address). Every
 * message is recorded in a transaction of its own as SENDING before it is handed to the mail server
 * or SMS gateway and SENT after: a retried step skips those sent, and one whose sending a crash
 * interrupted is not repeated but counted as 待核实 — nobody is reminded twice.
 */
@Service
public class ReminderSender {

  private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);

  private final ReminderRepository reminders;
  private final ReminderPlanner planner;
  private final Meetings meetings;
  private final OrganisationDirectory directory;
  private final MailOut mail;
  private final SmsOut sms;
  private final ReminderTexts texts;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final boolean emailEnabled;

  ReminderSender(ReminderRepository reminders, ReminderPlanner planner, Meetings meetings,
      OrganisationDirectory directory, MailOut mail, SmsOut sms, ReminderTexts texts,
      PlatformTransactionManager transactions, Clock clock,
      @Value("${meeting.notification.email-enabled:true}") boolean emailEnabled) {
    this.reminders = reminders;
    this.planner = planner;
    this.meetings = meetings;
    this.directory = directory;
    this.mail = mail;
    this.sms = sms;
    this.texts = texts;
    // The sending step's own transaction is rolled back when it fails; what was sent must stay recorded.
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.emailEnabled = emailEnabled;
  }

  public void send(long reminderId, NoticeChannel channel) {
    PlannedReminder reminder = planner.reminder(reminderId);
    if (reminder.status() != ReminderStatus.SCHEDULED) {
      // Withdrawn while this step waited for its turn: the meeting moved or was called off.
      return;
    }
    MeetingRecord meeting = planner.meeting(reminder.meetingId());
    List<String> failed = new ArrayList<>();
    for (String userId : expectedPeople(meeting.id())) {
      if (!deliver(meeting, reminderId, userId, channel)) {
        failed.add(userId);
      }
    }
    if (!failed.isEmpty()) {
      throw new ReminderNotSentException(channel.label() + "提醒发送失败，" + failed.size() + " 人未送达，稍后重试：" + failed);
    }
  }

  /** False only when the channel refused the message: the retry of the step sends it. */
  private boolean deliver(MeetingRecord meeting, long reminderId, String userId, NoticeChannel channel) {
    Optional<DeliveryStatus> earlier = reminders.deliveryStatus(reminderId, userId, channel);
    if (earlier.isPresent()) {
      if (earlier.get() == DeliveryStatus.SENDING) {
        interrupted(reminderId, userId, channel);
      }
      return true;
    }
    if (channel == NoticeChannel.EMAIL && !emailEnabled) {
      record(reminderId, userId, channel, DeliveryStatus.CHANNEL_OFF);
      return true;
    }
    Optional<Person> person = directory.person(userId);
    Optional<String> address = person.flatMap(p -> addressOf(p, channel));
    if (address.isEmpty()) {
      record(reminderId, userId, channel, DeliveryStatus.NO_ADDRESS);
      return true;
    }
    if (channel == NoticeChannel.IN_APP) {
      // The delivery row is the in-app reminder: nothing leaves the database.
      record(reminderId, userId, channel, DeliveryStatus.SENT);
      return true;
    }
    // Committed before the hand-over: if the application dies after the server or gateway took the
    // message but before SENT is committed, the retry finds SENDING and does not send it again.
    if (!record(reminderId, userId, channel, DeliveryStatus.SENDING)) {
      return true;
    }
    try {
      handOver(meeting, person.get(), channel, address.get(), reminderId);
    } catch (RuntimeException e) {
      log.warn("会前提醒发送失败 reminder not sent: reminder={} user={} channel={}: {}", reminderId, userId, channel,
          FailureSummary.of(e));
      ownTransaction.executeWithoutResult(tx -> reminders.forgetSending(reminderId, userId, channel));
      return false;
    }
    change(reminderId, userId, channel, DeliveryStatus.SENDING, DeliveryStatus.SENT);
    return true;
  }

  /**
   * A reminder whose sending was interrupted may or may not have arrived: it is not sent again (no
   * one is reminded twice) but counted as 待核实 in the trail entry of the reminder.
   */
  private void interrupted(long reminderId, String userId, NoticeChannel channel) {
    log.warn("会前提醒发送中断，待核实 interrupted sending not repeated: reminder={} user={} channel={}", reminderId,
        userId, channel);
    change(reminderId, userId, channel, DeliveryStatus.SENDING, DeliveryStatus.UNCONFIRMED);
  }

  /** Not on leave and with an account; a person listed twice is reminded once. */
  private List<String> expectedPeople(long meetingId) {
    return meetings.attendees(meetingId).stream().filter(a -> !a.isGuest() && a.expected())
        .map(Attendee::personUserId).distinct().toList();
  }

  private Optional<String> addressOf(Person person, NoticeChannel channel) {
    return switch (channel) {
      case EMAIL -> Optional.ofNullable(person.email()).filter(email -> !email.isBlank());
      case SMS -> directory.phoneOf(person.userId());
      case IN_APP -> Optional.of(person.userId());
    };
  }

  private void handOver(MeetingRecord meeting, Person person, NoticeChannel channel, String address, long reminderId) {
    OutgoingMessage message = texts.message(meeting, person.userId(), person.fullName());
    switch (channel) {
      case EMAIL -> mail.send(address, message);
      case SMS -> sms.send("reminder-" + reminderId, person.userId(), address, message);
      // IN_APP never gets here: its delivery row is the in-app reminder.
      default -> throw new IllegalArgumentException(channel.name());
    }
  }

  /** False when the message already has a row: a concurrent run of the step got there first. */
  private boolean record(long reminderId, String userId, NoticeChannel channel, DeliveryStatus status) {
    LocalDateTime now = LocalDateTime.now(clock);
    try {
      ownTransaction.executeWithoutResult(tx -> reminders.recordDelivery(reminderId, userId, channel, status, now));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  private void change(long reminderId, String userId, NoticeChannel channel, DeliveryStatus from, DeliveryStatus to) {
    LocalDateTime now = LocalDateTime.now(clock);
    ownTransaction.executeWithoutResult(tx -> reminders.changeDeliveryStatus(reminderId, userId, channel, from, to,
        now));
  }

  /** Some messages did not go out; the step fails and is retried, then becomes an incident. */
  public static class ReminderNotSentException extends RuntimeException {
    ReminderNotSentException(String message) {
      super(message);
    }
  }
}
