package cn.gov.agency.meeting.leave;

import static cn.gov.agency.meeting.message.MessageField.COMMENT;
import static cn.gov.agency.meeting.message.MessageField.LEAVE_STATUS;
import static cn.gov.agency.meeting.message.MessageField.LINK;
import static cn.gov.agency.meeting.message.MessageField.RECIPIENT_NAME;
import static cn.gov.agency.meeting.message.MessageField.REFUSED;
import static cn.gov.agency.meeting.message.MessageField.START;
import static cn.gov.agency.meeting.message.MessageField.SUBSTITUTE;
import static cn.gov.agency.meeting.message.MessageField.TITLE;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.message.MailOut;
import cn.gov.agency.meeting.message.MessageField;
import cn.gov.agency.meeting.message.MessageKind;
import cn.gov.agency.meeting.message.OutgoingMessages;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the requester the host department's decision by e-mail ({@link MessageKind#LEAVE_DECISION}:
 * for a confidential meeting without the substitute and the comment). Best effort, like the task
 * reminders: a mail that does not get through is logged (without address or name), never retried,
 * and the decision stands; the requester's 我的会议 page shows it either way.
 */
@Component
class LeaveMail {

  private static final Logger log = LoggerFactory.getLogger(LeaveMail.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final OutgoingMessages messages;
  private final MailOut mail;
  private final OrganisationDirectory directory;
  private final String myMeetingsLink;
  private final boolean emailEnabled;

  LeaveMail(OutgoingMessages messages, MailOut mail, OrganisationDirectory directory,
      @Value("${meeting.public-base-url}") String publicBaseUrl,
      @Value("${meeting.notification.email-enabled:true}") boolean emailEnabled) {
    this.messages = messages;
    this.mail = mail;
    this.directory = directory;
    this.myMeetingsLink = publicBaseUrl.replaceAll("/+$", "") + LeaveController.MY_MEETINGS;
    this.emailEnabled = emailEnabled;
  }

  /** Sends nothing when e-mail is off or the person has no address. */
  void tell(LeaveRequest request, MeetingRecord meeting, String substituteName) {
    Optional<Person> person = directory.person(request.requesterUserId());
    String address = person.map(Person::email).filter(email -> !email.isBlank()).orElse(null);
    if (!emailEnabled || address == null) {
      return;
    }
    Map<MessageField, Object> values = new EnumMap<>(MessageField.class);
    values.put(RECIPIENT_NAME, person.get().fullName());
    values.put(TITLE, meeting.title());
    values.put(START, TIME.format(meeting.plannedStart()));
    values.put(LEAVE_STATUS, request.statusLabel());
    values.put(REFUSED, request.status() == LeaveStatus.REFUSED);
    values.put(SUBSTITUTE, request.status() == LeaveStatus.APPROVED ? substituteName : null);
    values.put(COMMENT, request.decisionComment());
    values.put(LINK, myMeetingsLink);
    try {
      mail.send(address, messages.compose(MessageKind.LEAVE_DECISION, meeting, request.requesterUserId(), values));
    } catch (RuntimeException e) {
      log.warn("请假审批结果邮件未送达 leave decision mail not sent: request={} user={}: {}", request.id(),
          request.requesterUserId(), e.getClass().getName());
    }
  }
}
