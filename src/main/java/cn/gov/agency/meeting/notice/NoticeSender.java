package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.notice.Delivery.DeliveryStatus;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
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
 * Sends a notice through one channel to its participants. Every message is recorded in a
 * transaction of its own, keyed by recipient, channel and round, as SENDING before it is handed
 * to the mail server or gateway and SENT after: when a later message fails and the step is
 * retried, those already sent are skipped, and one whose sending a crash interrupted is not
 * repeated but left for the office to check (待核实) — nobody gets the same message twice.
 */
@Service
public class NoticeSender {

  private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);
  static final int FIRST_ROUND = 1;

  private final NoticeRepository notices;
  private final NoticeService service;
  private final NoticeMessages messages;
  private final OrganisationDirectory directory;
  private final MeetingEvents events;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final String publicBaseUrl;
  private final boolean emailEnabled;

  NoticeSender(NoticeRepository notices, NoticeService service, NoticeMessages messages,
      OrganisationDirectory directory, MeetingEvents events, PlatformTransactionManager transactions, Clock clock,
      @Value("${meeting.public-base-url}") String publicBaseUrl,
      @Value("${meeting.notification.email-enabled:true}") boolean emailEnabled) {
    this.emailEnabled = emailEnabled;
    this.notices = notices;
    this.service = service;
    this.messages = messages;
    this.directory = directory;
    this.events = events;
    // The sending step's own transaction is rolled back when it fails; what was sent must stay recorded.
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.publicBaseUrl = publicBaseUrl.endsWith("/")
        ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
  }

  /** The first sending through {@code channel} to every participant with an account. */
  public void sendToAll(long noticeId, NoticeChannel channel, String actor) {
    Notice notice = service.notice(noticeId);
    Sending sending = new Sending(notice, actor);
    int sent = 0;
    int noAddress = 0;
    int unconfirmed = 0;
    List<String> failed = new ArrayList<>();
    for (NoticeRecipient recipient : notices.recipients(noticeId)) {
      if (recipient.isGuest()) {
        continue;
      }
      switch (sending.deliver(recipient, channel, FIRST_ROUND)) {
        case SENT -> sent++;
        case NO_ADDRESS, CHANNEL_OFF -> noAddress++;
        case FAILED -> failed.add(recipient.personUserId());
        case UNCONFIRMED -> unconfirmed++;
        case ALREADY -> { }
      }
    }
    if (!failed.isEmpty()) {
      throw new NoticeNotSentException(channel.label() + "发送失败，" + failed.size() + " 人未送达，稍后重试：" + failed);
    }
    events.record(notice.meetingId(), NoticeService.STAGE, "sent-" + channel.name().toLowerCase(), actor,
        channel.label() + "：本次发送 " + sent + " 人" + (noAddress > 0 ? "，" + noAddress + " 人未发送（无联系方式或通道未启用）" : "")
            + (unconfirmed > 0 ? "，" + unconfirmed + " 人发送中断、未重发，待核实" : ""));
  }

  /**
   * The current notice to someone who joined the list after it was drafted (a substitute, 代会):
   * they become a recipient with a receipt to confirm like everyone else, and get the first round
   * through the notice's channels, recorded as deliveries. Empty when no notice has been drafted
   * yet: the notice, once drafted, goes to the whole list anyway. Throws when a channel failed,
   * so the step is retried; messages already sent are not sent again.
   */
  public Optional<String> sendCurrentNoticeTo(long meetingId, String userId, String actor) {
    Optional<Notice> current = notices.latestOf(meetingId);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Notice notice = current.get();
    // Committed at once: each delivery is recorded in a transaction of its own and refers to it.
    NoticeRecipient recipient = ownTransaction.execute(tx -> service.recipientFor(notice.id(), userId));
    Sending sending = new Sending(notice, actor);
    List<String> results = new ArrayList<>();
    boolean anyFailed = false;
    for (NoticeChannel channel : NoticeService.channels(notice.important())) {
      Outcome outcome = sending.deliver(recipient, channel, FIRST_ROUND);
      anyFailed |= outcome == Outcome.FAILED;
      results.add(channel.label() + outcome.label);
    }
    if (anyFailed) {
      throw new NoticeNotSentException("会议通知未全部送达：" + String.join("，", results) + "。稍后重试");
    }
    return Optional.of(String.join("，", results));
  }

  /**
   * 重新发送: a new round to one participant through the notice's channels. A round that failed
   * part-way is completed instead of starting another, so a second click does not send twice.
   */
  public int resend(long meetingId, String recipientKey, String actor) {
    Notice notice = service.current(meetingId);
    if (notice.status() == NoticeStatus.SENDING) {
      throw InvalidInputException.of("重新发送", new Violation("notice", "会议通知", "sent",
          "通知正在首次发送中，请待发送完成后再重新发送"));
    }
    NoticeRecipient recipient = service.recipientOf(meetingId, recipientKey);
    if (recipient.isGuest()) {
      throw InvalidInputException.of("重新发送", new Violation("recipient", "参会人员", "has-account",
          "外部嘉宾没有系统账号，无法通过系统发送，请电话通知后代为确认"));
    }
    List<NoticeChannel> channels = NoticeService.channels(notice.important());
    List<Delivery> earlier = notices.deliveriesTo(recipient.id());
    int latest = earlier.stream().mapToInt(Delivery::round).max().orElse(FIRST_ROUND);
    boolean latestComplete = channels.stream().allMatch(channel -> earlier.stream()
        .anyMatch(d -> d.round() == latest && d.channel() == channel));
    int round = latestComplete ? latest + 1 : latest;
    Sending sending = new Sending(notice, actor);
    List<String> results = new ArrayList<>();
    boolean anyFailed = false;
    for (NoticeChannel channel : channels) {
      Outcome outcome = sending.deliver(recipient, channel, round);
      anyFailed |= outcome == Outcome.FAILED;
      results.add(channel.label() + outcome.label);
    }
    events.record(meetingId, NoticeService.STAGE, "resent", actor,
        "第 " + round + " 轮，" + recipient.personUserId() + "：" + String.join("，", results));
    if (anyFailed) {
      throw new NoticeNotSentException("重新发送未全部成功：" + String.join("，", results) + "。请稍后再试");
    }
    return round;
  }

  private enum Outcome {
    SENT("已发送"), NO_ADDRESS("无联系方式"), CHANNEL_OFF("通道未启用"), FAILED("发送失败"), ALREADY("本轮已发送"),
    UNCONFIRMED("发送中断待核实");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }
  }

  /** What every message of one notice needs, read once per sending. */
  private final class Sending {
    private final Notice notice;
    private final MeetingRecord meeting;
    private final String hostDepartmentName;
    private final String document;
    private final String actor;

    Sending(Notice notice, String actor) {
      this.notice = notice;
      this.meeting = service.meeting(notice.meetingId());
      this.hostDepartmentName = directory.department(meeting.hostDepartmentCode()).map(Department::name)
          .orElse(meeting.hostDepartmentCode());
      this.document = notices.document(notice.id());
      this.actor = actor;
    }

    Outcome deliver(NoticeRecipient recipient, NoticeChannel channel, int round) {
      Optional<DeliveryStatus> earlier = notices.deliveryStatus(recipient.id(), channel, round);
      if (earlier.isPresent()) {
        return earlier.get() == DeliveryStatus.SENDING ? interrupted(recipient, channel, round) : Outcome.ALREADY;
      }
      if (channel == NoticeChannel.EMAIL && !emailEnabled) {
        return record(recipient, channel, round, DeliveryStatus.CHANNEL_OFF) ? Outcome.CHANNEL_OFF : Outcome.ALREADY;
      }
      Optional<Person> person = directory.person(recipient.personUserId());
      Optional<String> address = person.flatMap(p -> addressOf(p, channel));
      if (address.isEmpty()) {
        return record(recipient, channel, round, DeliveryStatus.NO_ADDRESS) ? Outcome.NO_ADDRESS : Outcome.ALREADY;
      }
      if (channel == NoticeChannel.IN_APP) {
        // The delivery row is the in-app notice (我的会议通知): nothing leaves the database.
        return record(recipient, channel, round, DeliveryStatus.SENT) ? Outcome.SENT : Outcome.ALREADY;
      }
      // Committed before the hand-over: if the application dies after the server took the message
      // but before SENT is committed, the retry finds SENDING and does not send it a second time.
      if (!record(recipient, channel, round, DeliveryStatus.SENDING)) {
        return Outcome.ALREADY;
      }
      try {
        send(recipient, person.get(), channel, address.get());
      } catch (RuntimeException e) {
        log.warn("会议通知发送失败 notice not sent: notice={} user={} channel={} round={}: {}", notice.id(),
            recipient.personUserId(), channel, round, summary(e));
        ownTransaction.executeWithoutResult(tx -> notices.forgetSending(recipient.id(), channel, round));
        return Outcome.FAILED;
      }
      change(recipient, channel, round, DeliveryStatus.SENDING, DeliveryStatus.SENT);
      return Outcome.SENT;
    }

    /**
     * A message of an interrupted sending may or may not have reached the person: it is not sent
     * again (no one gets it twice) but shown to the office as 待核实 on the receipts page, where
     * they can check with the person and resend or confirm on their behalf.
     */
    private Outcome interrupted(NoticeRecipient recipient, NoticeChannel channel, int round) {
      log.warn("会议通知发送中断，待核实 interrupted sending not repeated: notice={} recipient={} channel={} round={}",
          notice.id(), recipient.id(), channel, round);
      change(recipient, channel, round, DeliveryStatus.SENDING, DeliveryStatus.UNCONFIRMED);
      return Outcome.UNCONFIRMED;
    }

    private Optional<String> addressOf(Person person, NoticeChannel channel) {
      return switch (channel) {
        case EMAIL -> Optional.ofNullable(person.email()).filter(email -> !email.isBlank());
        case SMS -> directory.phoneOf(person.userId());
        case IN_APP -> Optional.of(person.userId());
      };
    }

    private void send(NoticeRecipient recipient, Person person, NoticeChannel channel, String address) {
      String link = confirmLink(recipient);
      switch (channel) {
        case EMAIL -> messages.send(meeting, hostDepartmentName, document, person.userId(), person.fullName(), address,
            link);
        case SMS -> messages.sendSms(meeting, hostDepartmentName, "notice-" + notice.id(), person.userId(),
            person.fullName(), address, link);
        // The delivery row recorded next is the in-app notice (我的会议通知).
        case IN_APP -> { }
      }
    }

    /** False when the message already has a row: someone else (a resend, the other node) got there first. */
    private boolean record(NoticeRecipient recipient, NoticeChannel channel, int round, DeliveryStatus status) {
      LocalDateTime now = LocalDateTime.now(clock);
      try {
        ownTransaction.executeWithoutResult(tx -> notices.recordDelivery(recipient.id(), channel, round, status,
            actor, now));
        return true;
      } catch (DuplicateKeyException e) {
        return false;
      }
    }

    private void change(NoticeRecipient recipient, NoticeChannel channel, int round, DeliveryStatus from,
        DeliveryStatus to) {
      LocalDateTime now = LocalDateTime.now(clock);
      ownTransaction.executeWithoutResult(tx -> notices.changeDeliveryStatus(recipient.id(), channel, round, from, to,
          now));
    }
  }

  String confirmLink(NoticeRecipient recipient) {
    return publicBaseUrl + "/app/notice-receipts/" + recipient.token();
  }

  /** Exception types only: mail servers and gateways put addresses and numbers into their messages. */
  private static String summary(Throwable e) {
    List<String> types = new ArrayList<>();
    for (Throwable t = e; t != null && types.size() < 5; t = t.getCause() == t ? null : t.getCause()) {
      types.add(t.getClass().getName());
    }
    return String.join(" <- ", types);
  }

  /** Some messages of a sending did not go out; the step fails and is retried, then becomes an incident. */
  public static class NoticeNotSentException extends RuntimeException {
    NoticeNotSentException(String message) {
      super(message);
    }
  }
}
