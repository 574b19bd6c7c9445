package cn.gov.agency.meeting.distribution;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.minutes.ApprovedMinutes;
import cn.gov.agency.meeting.minutes.MinutesService;
import cn.gov.agency.meeting.notice.Delivery.DeliveryStatus;
import cn.gov.agency.meeting.notification.FailureSummary;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import java.time.Clock;
import java.time.LocalDateTime;
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
 * Sends the minutes through one channel to every recipient. Every message is recorded in a
 * transaction of its own, keyed by recipient and channel, as SENDING before it is handed to the
 * mail server and SENT after: when a later message fails and the step is retried, those already
 * sent are skipped, and one whose sending a crash interrupted is not repeated but left for the
 * office to check (待核实) — nobody gets the minutes twice.
 */
@Service
public class DistributionSender {

  private static final Logger log = LoggerFactory.getLogger(DistributionSender.class);

  private final DistributionRepository distributions;
  private final DistributionService service;
  private final MinutesService minutes;
  private final MinutesMail mail;
  private final OrganisationDirectory directory;
  private final MeetingEvents events;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final boolean emailEnabled;

  DistributionSender(DistributionRepository distributions, DistributionService service, MinutesService minutes,
      MinutesMail mail, OrganisationDirectory directory, MeetingEvents events, PlatformTransactionManager transactions,
      Clock clock, @Value("${meeting.notification.email-enabled:true}") boolean emailEnabled) {
    this.distributions = distributions;
    this.service = service;
    this.minutes = minutes;
    this.mail = mail;
    this.directory = directory;
    this.events = events;
    // The sending step's own transaction is rolled back when it fails; what was sent must stay recorded.
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.emailEnabled = emailEnabled;
  }

  public void sendToAll(long distributionId, DistributionChannel channel, String actor) {
    Distribution distribution = service.distribution(distributionId);
    MeetingRecord meeting = minutes.meeting(distribution.meetingId());
    ApprovedMinutes approved = minutes.approved(meeting.id()).orElseThrow();
    int sent = 0;
    int notSent = 0;
    int unconfirmed = 0;
    int failed = 0;
    for (MinutesRecipient recipient : distributions.recipients(distributionId)) {
      switch (deliver(meeting, approved, recipient, channel, actor)) {
        case SENT -> sent++;
        case NO_ADDRESS, CHANNEL_OFF -> notSent++;
        case UNCONFIRMED -> unconfirmed++;
        case FAILED -> failed++;
        case ALREADY -> { }
      }
    }
    if (failed > 0) {
      throw new MinutesNotSentException(channel.label() + "失败，" + failed + " 人未送达，稍后重试");
    }
    events.record(meeting.id(), DistributionService.STAGE, "SENT_" + channel.name(), actor,
        channel.label() + "：本次发送 " + sent + " 人" + (notSent > 0 ? "，" + notSent + " 人未发送（无邮箱或通道未启用）" : "")
            + (unconfirmed > 0 ? "，" + unconfirmed + " 人发送中断、未重发，待核实" : ""));
  }

  private enum Outcome { SENT, NO_ADDRESS, CHANNEL_OFF, UNCONFIRMED, FAILED, ALREADY }

  private Outcome deliver(MeetingRecord meeting, ApprovedMinutes approved, MinutesRecipient recipient,
      DistributionChannel channel, String actor) {
    Optional<DeliveryStatus> earlier = distributions.deliveryStatus(recipient.id(), channel);
    if (earlier.isPresent()) {
      return earlier.get() == DeliveryStatus.SENDING ? interrupted(recipient, channel) : Outcome.ALREADY;
    }
    if (channel == DistributionChannel.IN_APP) {
      // The delivery row is what 我收到的会议纪要 lists: nothing leaves the database.
      return record(recipient, channel, DeliveryStatus.SENT, actor) ? Outcome.SENT : Outcome.ALREADY;
    }
    if (!emailEnabled) {
      return record(recipient, channel, DeliveryStatus.CHANNEL_OFF, actor) ? Outcome.CHANNEL_OFF : Outcome.ALREADY;
    }
    Optional<Person> person = directory.person(recipient.userId());
    Optional<String> address = person.map(Person::email).filter(email -> !email.isBlank());
    if (address.isEmpty()) {
      return record(recipient, channel, DeliveryStatus.NO_ADDRESS, actor) ? Outcome.NO_ADDRESS : Outcome.ALREADY;
    }
    // Committed before the hand-over: if the application dies after the server took the mail but
    // before SENT is committed, the retry finds SENDING and does not send it a second time.
    if (!record(recipient, channel, DeliveryStatus.SENDING, actor)) {
      return Outcome.ALREADY;
    }
    try {
      mail.send(meeting, approved, recipient, person.get().fullName(), address.get(),
          service.departmentName(recipient.departmentCode()));
    } catch (RuntimeException e) {
      log.warn("会议纪要邮件发送失败 minutes mail not sent: distribution={} recipient={}: {}",
          recipient.distributionId(), recipient.id(), FailureSummary.of(e));
      ownTransaction.executeWithoutResult(tx -> distributions.forgetSending(recipient.id(), channel));
      return Outcome.FAILED;
    }
    change(recipient, channel, DeliveryStatus.SENDING, DeliveryStatus.SENT);
    return Outcome.SENT;
  }

  /**
   * A mail of an interrupted sending may or may not have reached the person: it is not sent again
   * (no one gets the minutes twice) but shown as 待核实 on the delivery list and in the archive.
   */
  private Outcome interrupted(MinutesRecipient recipient, DistributionChannel channel) {
    log.warn("会议纪要发送中断，待核实 interrupted sending not repeated: distribution={} recipient={} channel={}",
        recipient.distributionId(), recipient.id(), channel);
    return change(recipient, channel, DeliveryStatus.SENDING, DeliveryStatus.UNCONFIRMED)
        ? Outcome.UNCONFIRMED : Outcome.ALREADY;
  }

  /** False when the message already has a row: a concurrent run of the step got there first. */
  private boolean record(MinutesRecipient recipient, DistributionChannel channel, DeliveryStatus status,
      String actor) {
    LocalDateTime now = LocalDateTime.now(clock);
    try {
      ownTransaction.executeWithoutResult(tx -> distributions.recordDelivery(recipient.id(), channel, status, actor,
          now));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  private boolean change(MinutesRecipient recipient, DistributionChannel channel, DeliveryStatus from,
      DeliveryStatus to) {
    LocalDateTime now = LocalDateTime.now(clock);
    return Boolean.TRUE.equals(ownTransaction.execute(tx -> distributions.changeDeliveryStatus(recipient.id(),
        channel, from, to, now)));
  }

  /** Some messages did not go out; the step fails and is retried, then becomes an incident. */
  public static class MinutesNotSentException extends RuntimeException {
    MinutesNotSentException(String message) {
      super(message);
    }
  }
}
