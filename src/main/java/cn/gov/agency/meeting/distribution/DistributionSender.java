package cn.gov.agency.meeting.distribution;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.minutes.ApprovedMinutes;
import cn.gov.agency.meeting.minutes.MinutesService;
import cn.gov.agency.meeting.notice.Delivery.DeliveryStatus;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the minutes through one channel to every recipient. Each message is recorded at once in a
 * transaction of its own, keyed by recipient and channel: when a later message fails and the step
 * is retried, those already sent are skipped, so nobody gets the minutes twice.
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
    int failed = 0;
    for (MinutesRecipient recipient : distributions.recipients(distributionId)) {
      if (distributions.delivered(recipient.id(), channel)) {
        continue;
      }
      Optional<DeliveryStatus> status = deliver(meeting, approved, recipient, channel);
      if (status.isEmpty()) {
        failed++;
        continue;
      }
      LocalDateTime now = LocalDateTime.now(clock);
      ownTransaction.executeWithoutResult(tx -> distributions.recordDelivery(recipient.id(), channel, status.get(),
          actor, now));
      if (status.get() == DeliveryStatus.SENT) {
        sent++;
      } else {
        notSent++;
      }
    }
    if (failed > 0) {
      throw new MinutesNotSentException(channel.label() + "失败，" + failed + " 人未送达，稍后重试");
    }
    events.record(meeting.id(), DistributionService.STAGE, "SENT_" + channel.name(), actor,
        channel.label() + "：本次发送 " + sent + " 人" + (notSent > 0 ? "，" + notSent + " 人未发送（无邮箱或通道未启用）" : ""));
  }

  /** Empty when sending failed: nothing is recorded, the retry tries that person again. */
  private Optional<DeliveryStatus> deliver(MeetingRecord meeting, ApprovedMinutes approved,
      MinutesRecipient recipient, DistributionChannel channel) {
    if (channel == DistributionChannel.IN_APP) {
      // The delivery row recorded next is what 我收到的会议纪要 lists.
      return Optional.of(DeliveryStatus.SENT);
    }
    if (!emailEnabled) {
      return Optional.of(DeliveryStatus.CHANNEL_OFF);
    }
    Optional<Person> person = directory.person(recipient.userId());
    Optional<String> address = person.map(Person::email).filter(email -> !email.isBlank());
    if (address.isEmpty()) {
      return Optional.of(DeliveryStatus.NO_ADDRESS);
    }
    try {
      mail.send(meeting, approved, recipient, person.get().fullName(), address.get(),
          service.departmentName(recipient.departmentCode()));
      return Optional.of(DeliveryStatus.SENT);
    } catch (RuntimeException e) {
      log.warn("会议纪要邮件发送失败 minutes mail not sent: distribution={} recipient={}: {}",
          recipient.distributionId(), recipient.id(), summary(e));
      return Optional.empty();
    }
  }

  /** Exception types only: mail servers put addresses into their messages. */
  private static String summary(Throwable e) {
    List<String> types = new ArrayList<>();
    for (Throwable t = e; t != null && types.size() < 5; t = t.getCause() == t ? null : t.getCause()) {
      types.add(t.getClass().getName());
    }
    return String.join(" <- ", types);
  }

  /** Some messages did not go out; the step fails and is retried, then becomes an incident. */
  public static class MinutesNotSentException extends RuntimeException {
    MinutesNotSentException(String message) {
      super(message);
    }
  }
}
