package cn.gov.agency.meeting.signin;

import static cn.gov.agency.meeting.message.MessageField.LINK;
import static cn.gov.agency.meeting.message.MessageField.OPENS_AT;
import static cn.gov.agency.meeting.message.MessageField.PLACE;
import static cn.gov.agency.meeting.message.MessageField.RECIPIENT_NAME;
import static cn.gov.agency.meeting.message.MessageField.START;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells each participant by e-mail that their sign-in code is ready, with the link to the page that
 * shows it (the code itself stays in the application): {@link MessageKind#SIGN_IN_CODE}. Sent only
 * after the codes are committed and never throws: the page is where the code lives, the mail is
 * best effort.
 */
@Component
class SignInCodeMail {

  private static final Logger log = LoggerFactory.getLogger(SignInCodeMail.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final OutgoingMessages messages;
  private final MailOut mail;
  private final OrganisationDirectory directory;
  private final boolean emailEnabled;
  private final String pageUrl;

  SignInCodeMail(OutgoingMessages messages, MailOut mail, OrganisationDirectory directory,
      @Value("${meeting.notification.email-enabled:true}") boolean emailEnabled,
      @Value("${meeting.public-base-url}") String baseUrl) {
    this.messages = messages;
    this.mail = mail;
    this.directory = directory;
    this.emailEnabled = emailEnabled;
    this.pageUrl = baseUrl + "/app/my/sign-in-codes";
  }

  void afterCommit(MeetingRecord meeting, SignInWindow window, List<String> userIds) {
    if (!emailEnabled || userIds.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    List<Person> people = userIds.stream().map(directory::person).flatMap(Optional::stream)
        .filter(p -> p.email() != null && !p.email().isBlank()).toList();
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        people.forEach(person -> send(person, meeting, window));
      }
    });
  }

  private void send(Person person, MeetingRecord meeting, SignInWindow window) {
    Map<MessageField, Object> values = new EnumMap<>(MessageField.class);
    values.put(RECIPIENT_NAME, person.fullName());
    values.put(TITLE, meeting.title());
    values.put(START, TIME.format(meeting.plannedStart()));
    values.put(PLACE, meeting.place());
    values.put(OPENS_AT, TIME.format(window.opensAt()));
    values.put(LINK, pageUrl);
    try {
      mail.send(person.email(), messages.compose(MessageKind.SIGN_IN_CODE, meeting, person.userId(), values));
    } catch (RuntimeException e) {
      // Addresses end up in mail exceptions' messages: log the type only.
      log.warn("签到码提醒发送失败 sign-in code mail not sent: meeting={} user={}: {}", meeting.id(), person.userId(),
          e.getClass().getName());
    }
  }
}
