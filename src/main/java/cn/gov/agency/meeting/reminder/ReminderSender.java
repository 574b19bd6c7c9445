package cn.gov.agency.meeting.reminder;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRepository;
import cn.gov.agency.meeting.notice.Delivery.DeliveryStatus;
import cn.gov.agency.meeting.notice.NoticeChannel;
import cn.gov.agency.meeting.notification.FailureSummary;
import cn.gov.agency.meeting.notification.SmsGateway;
import cn.gov.agency.meeting.notification.SmsMessage;
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
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one reminder through one channel to everyone expected at the meeting: the participants not
 * on approved leave, substitutes included (R5.1), guests left out (no account, no address). Every
 * message is recorded at once in a transaction of its own, so a retried step skips those sent.
 */
@Service
public class ReminderSender {

  private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);

  private final ReminderRepository reminders;
  private final ReminderPlanner planner;
  private final MeetingRepository meetings;
  private final OrganisationDirectory directory;
  private final JavaMailSender mail;
  private final SmsGateway sms;
  private final ReminderTexts texts;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final String from;
  private final boolean emailEnabled;

  ReminderSender(ReminderRepository reminders, ReminderPlanner planner, MeetingRepository meetings,
      OrganisationDirectory directory, JavaMailSender mail, SmsGateway sms, ReminderTexts texts,
      PlatformTransactionManager transactions, Clock clock, @Value("${meeting.notification.from}") String from,
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
    this.from = from;
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
      if (reminders.delivered(reminderId, userId, channel)) {
        continue;
      }
      if (channel == NoticeChannel.EMAIL && !emailEnabled) {
        record(reminderId, userId, channel, DeliveryStatus.CHANNEL_OFF);
        continue;
      }
      Optional<Person> person = directory.person(userId);
      Optional<String> address = person.flatMap(p -> addressOf(p, channel));
      if (address.isEmpty()) {
        record(reminderId, userId, channel, DeliveryStatus.NO_ADDRESS);
        continue;
      }
      try {
        deliver(meeting, person.get(), channel, address.get(), reminderId);
      } catch (RuntimeException e) {
        log.warn("会前提醒发送失败 reminder not sent: reminder={} user={} channel={}: {}", reminderId, userId, channel,
            FailureSummary.of(e));
        failed.add(userId);
        continue;
      }
      record(reminderId, userId, channel, DeliveryStatus.SENT);
    }
    if (!failed.isEmpty()) {
      throw new ReminderNotSentException(channel.label() + "提醒发送失败，" + failed.size() + " 人未送达，稍后重试：" + failed);
    }
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

  private void deliver(MeetingRecord meeting, Person person, NoticeChannel channel, String address, long reminderId) {
    switch (channel) {
      case EMAIL -> mail.send(message -> {
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(address);
        helper.setSubject(texts.mailSubject(meeting));
        helper.setText(texts.mailBody(meeting, person.fullName()));
      });
      case SMS -> sms.send(new SmsMessage("reminder-" + reminderId, person.userId(), address, texts.sms(meeting)));
      // The delivery row recorded next is the in-app reminder.
      case IN_APP -> { }
    }
  }

  private void record(long reminderId, String userId, NoticeChannel channel, DeliveryStatus status) {
    LocalDateTime now = LocalDateTime.now(clock);
    ownTransaction.executeWithoutResult(tx -> reminders.recordDelivery(reminderId, userId, channel, status, now));
  }

  /** Some messages did not go out; the step fails and is retried, then becomes an incident. */
  public static class ReminderNotSentException extends RuntimeException {
    ReminderNotSentException(String message) {
      super(message);
    }
  }
}
