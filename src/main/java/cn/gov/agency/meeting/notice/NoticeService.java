package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.meetingtype.MeetingTypeCatalogue;
import cn.gov.agency.meeting.meetingtype.NoticeField;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting notice of R2.1 and R3.3: the office drafts it (late only with a reason), it goes to
 * every participant, and the stage ends only when every participant has confirmed receipt.
 */
@Service
public class NoticeService {

  static final String STAGE = "notice";
  static final String SUBJECT = "会议通知";

  private static final int MAX_TEXT = 4000;
  private static final int MAX_REASON = 2000;
  private static final int MAX_NOTE = 500;
  private static final int TOKEN_BYTES = 32;

  private final NoticeRepository notices;
  private final Meetings meetings;
  private final MeetingEvents events;
  private final NoticeDocuments documents;
  private final OrganisationDirectory directory;
  private final MeetingTypeCatalogue types;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  NoticeService(NoticeRepository notices, Meetings meetings, MeetingEvents events,
      NoticeDocuments documents, OrganisationDirectory directory, MeetingTypeCatalogue types, Clock clock) {
    this.types = types;
    this.notices = notices;
    this.meetings = meetings;
    this.events = events;
    this.documents = documents;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * Checks the office's draft: the fields the meeting type's notice declares in
   * processes/meeting-types.yaml (R1.1), and, past {@code deadline} (the end of the last working day the notice
   * may go out on) the notice is late and needs the special circumstances (特殊情况) as its reason.
   */
  public NoticeDraft checkDraft(Map<String, ?> values, String meetingType, Instant deadline) {
    Violations violations = new Violations(SUBJECT);
    String requirements = Fields.requiredText(values, NoticeVariables.REQUIREMENTS, "参会要求", MAX_TEXT, violations);
    String preparations = Fields.requiredText(values, NoticeVariables.PREPARATIONS, "会议准备事项", MAX_TEXT,
        violations);
    String theme = null;
    String themeRequirements = null;
    for (NoticeField field : types.notice(meetingType).fields()) {
      String value = field.isRequired()
          ? Fields.requiredText(values, field.key(), field.label(), field.limit(), violations)
          : optionalText(values, field, violations);
      if (NoticeField.THEME.equals(field.role())) {
        theme = value;
      } else {
        themeRequirements = value;
      }
    }
    boolean late = Instant.now(clock).isAfter(deadline);
    String lateReason = null;
    if (late && Fields.optionalText(values, NoticeVariables.LATE_REASON).isEmpty()) {
      violations.add(NoticeVariables.LATE_REASON, "特殊情况说明", "required-when-late",
          "已超过通知发出期限，逾期发出须说明特殊情况");
    } else if (late) {
      lateReason = Fields.requiredText(values, NoticeVariables.LATE_REASON, "特殊情况说明", MAX_REASON, violations);
    }
    violations.throwIfAny();
    return new NoticeDraft(requirements, preparations, theme, themeRequirements, late, lateReason);
  }

  private static String optionalText(Map<String, ?> values, NoticeField field, Violations violations) {
    if (Fields.optionalText(values, field.key()).isEmpty()) {
      return null;
    }
    return Fields.requiredText(values, field.key(), field.label(), field.limit(), violations);
  }

  /** Stores the notice with its rendered document and one recipient (with a confirm token) per participant. */
  @Transactional
  public long draft(long meetingId, String processInstanceId, boolean important, NoticeDraft draft, String actor) {
    MeetingRecord meeting = meeting(meetingId);
    List<Participant> participants = meetings.participants(meetingId);
    String document = documents.notice(meeting, participants, draft);
    long noticeId = notices.insert(meetingId, processInstanceId, draft, important, document, actor, now());
    for (Participant participant : participants) {
      notices.insertRecipient(noticeId, participant, participant.isGuest() ? null : newToken());
    }
    if (draft.late()) {
      events.record(meetingId, STAGE, "drafted-late", actor, "逾期发出，特殊情况：" + draft.lateReason());
    } else {
      events.record(meetingId, STAGE, "drafted", actor, null);
    }
    return noticeId;
  }

  /**
   * The recipient row of {@code userId} on a notice, added (with its own confirm token, unconfirmed)
   * when the person joined the meeting after the notice was drafted; an existing row is reused.
   */
  NoticeRecipient recipientFor(long noticeId, String userId) {
    return notices.recipients(noticeId).stream().filter(r -> userId.equals(r.personUserId())).findFirst()
        .orElseGet(() -> {
          notices.insertRecipient(noticeId, Participant.person(userId), newToken());
          return notices.recipients(noticeId).stream().filter(r -> userId.equals(r.personUserId())).findFirst()
              .orElseThrow();
        });
  }

  @Transactional
  public void markSent(long noticeId, String actor) {
    Notice notice = notice(noticeId);
    notices.markSent(noticeId, now());
    events.record(notice.meetingId(), STAGE, "sent", actor, "已通过" + channelsOf(notice) + "发出");
  }

  /** 核实通知到位: refused while anyone has not confirmed receipt, naming them. */
  @Transactional
  public void completeTracking(long noticeId, String actor) {
    Notice notice = notice(noticeId);
    List<String> missing = notices.recipients(noticeId).stream().filter(r -> !r.confirmed())
        .map(this::displayName).toList();
    if (!missing.isEmpty()) {
      throw InvalidInputException.of("核实通知到位", new Violation("receipts", "通知到位", "all-confirmed",
          "尚有 " + missing.size() + " 人未确认收到通知：" + String.join("、", missing)
              + "。请催办或在“通知到位情况”页面代为确认后再办结"));
    }
    if (!notices.changeStatus(noticeId, NoticeStatus.SENT, NoticeStatus.CONFIRMED)) {
      throw new IllegalStateException("Notice " + noticeId + " is not " + NoticeStatus.SENT);
    }
    events.record(notice.meetingId(), STAGE, "all-confirmed", actor, null);
  }

  /** The person opened their confirm link or pressed 确认收到; confirming twice changes nothing. */
  @Transactional
  public NoticeRecipient confirmOwn(NoticeRecipient recipient, String userId, ConfirmationMethod method) {
    if (!userId.equals(recipient.personUserId())) {
      throw new NotTheRecipientException();
    }
    if (notices.confirm(recipient.id(), method, userId, null, now())) {
      events.record(notice(recipient.noticeId()).meetingId(), STAGE, "confirmed", userId, method.label());
    }
    return notices.recipient(recipient.id()).orElseThrow();
  }

  /** The office records a confirmation it obtained itself (a phone call …), with how and a note. */
  @Transactional
  public NoticeRecipient confirmOnBehalf(long meetingId, String recipientKey, Object methodValue, Object noteValue,
      String actor) {
    Violations violations = new Violations("代为确认");
    ConfirmationMethod method = ConfirmationMethod.onBehalfFromValue(methodValue).orElse(null);
    if (method == null) {
      violations.add("method", "确认方式", "one-of", "请选择电话确认、当面确认、短信回复确认或其他方式确认");
    }
    String note = Fields.requiredText(noteValue == null ? Map.of() : Map.of("note", noteValue), "note", "确认说明",
        MAX_NOTE, violations);
    violations.throwIfAny();
    NoticeRecipient recipient = recipientOf(meetingId, recipientKey);
    // Checked again by the update itself: someone else may confirm between the read and the write.
    if (recipient.confirmed() || !notices.confirm(recipient.id(), method, actor, note, now())) {
      throw alreadyConfirmed(recipientOf(meetingId, recipientKey));
    }
    events.record(meetingId, STAGE, "confirmed-on-behalf", actor, method.label() + "：" + note);
    return notices.recipient(recipient.id()).orElseThrow();
  }

  private static InvalidInputException alreadyConfirmed(NoticeRecipient recipient) {
    return InvalidInputException.of("代为确认", new Violation("recipient", "参会人员", "not-confirmed",
        "已于 " + recipient.confirmedAt() + " 确认收到，无需代为确认"));
  }

  /** The notice once the office has drafted it; empty before. */
  public Optional<Notice> drafted(long meetingId) {
    return notices.latestOf(meetingId);
  }

  public Notice current(long meetingId) {
    return notices.latestOf(meetingId).orElseThrow(() -> new NoSuchRecordException("notice of meeting " + meetingId));
  }

  /** The notice bound to a 会议通知 instance: what its sending and tracking steps act upon. */
  public long noticeOfProcess(String processInstanceId) {
    return notices.latestOfProcess(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "流程实例 " + processInstanceId + " 没有对应的会议通知 / no notice is bound to it")).id();
  }

  public Notice notice(long noticeId) {
    return notices.find(noticeId).orElseThrow(() -> new NoSuchRecordException("notice " + noticeId));
  }

  public String document(long noticeId) {
    return notices.document(noticeId);
  }

  public List<NoticeRecipient> recipients(long noticeId) {
    return notices.recipients(noticeId);
  }

  public List<Delivery> deliveries(long noticeId) {
    return notices.deliveries(noticeId);
  }

  public NoticeRecipient recipientByToken(String token) {
    return notices.recipientByToken(token).orElseThrow(() -> new NoSuchRecordException("notice receipt"));
  }

  public NoticeRecipient recipient(long recipientId) {
    return notices.recipient(recipientId).orElseThrow(() -> new NoSuchRecordException("notice receipt"));
  }

  /** {@code recipientKey}: a participant's user id, or guest-<id> for a guest (see {@link NoticeRecipient#key()}). */
  public NoticeRecipient recipientOf(long meetingId, String recipientKey) {
    return recipients(current(meetingId).id()).stream().filter(r -> r.key().equals(recipientKey)).findFirst()
        .orElseThrow(() -> new NoSuchRecordException("notice recipient " + recipientKey));
  }

  public List<MyNotice> inAppNoticesOf(String userId) {
    return notices.inAppNoticesOf(userId);
  }

  /** Who is expected to confirm: every participant of the meeting's current notice. */
  public boolean isRecipient(long meetingId, String userId) {
    return notices.latestOf(meetingId).map(n -> notices.recipients(n.id()).stream()
        .anyMatch(r -> userId.equals(r.personUserId()))).orElse(false);
  }

  /** The name people know a recipient by: 王丽, or 张三（市财政局） for a guest. */
  public String displayName(NoticeRecipient recipient) {
    if (recipient.isGuest()) {
      return recipient.guestUnit() == null ? recipient.guestName()
          : recipient.guestName() + "（" + recipient.guestUnit() + "）";
    }
    return directory.person(recipient.personUserId()).map(Person::fullName).orElse(recipient.personUserId());
  }

  MeetingRecord meeting(long meetingId) {
    return meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
  }

  static List<NoticeChannel> channels(boolean important) {
    // R3.3: important meetings are notified through several channels.
    return important ? List.of(NoticeChannel.EMAIL, NoticeChannel.IN_APP, NoticeChannel.SMS)
        : List.of(NoticeChannel.EMAIL, NoticeChannel.IN_APP);
  }

  private static String channelsOf(Notice notice) {
    return channels(notice.important()).stream().map(NoticeChannel::label).collect(Collectors.joining("、"));
  }

  private String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  /** Someone logged in opened another person's confirm link. */
  public static class NotTheRecipientException extends RuntimeException {
    NotTheRecipientException() {
      super("not the recipient of this notice");
    }
  }
}
