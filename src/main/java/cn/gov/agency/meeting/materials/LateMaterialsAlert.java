package cn.gov.agency.meeting.materials;

import static cn.gov.agency.meeting.message.MessageField.HOST_DEPARTMENT;
import static cn.gov.agency.meeting.message.MessageField.LINK;
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
 * Tells the leaders in charge by e-mail that a meeting's materials missed their deadline
 * ({@link MessageKind#MATERIALS_LATE}). Sent only
 * after the step that recorded it has committed (a rolled-back step tells nobody) and never throws:
 * the record is what counts, the mail is best effort.
 */
@Component
class LateMaterialsAlert {

  private static final Logger log = LoggerFactory.getLogger(LateMaterialsAlert.class);
  private static final DateTimeFormatter START_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final OutgoingMessages messages;
  private final MailOut mail;
  private final OrganisationDirectory directory;
  private final boolean emailEnabled;

  LateMaterialsAlert(OutgoingMessages messages, MailOut mail, OrganisationDirectory directory,
      @Value("${meeting.notification.email-enabled:true}") boolean emailEnabled) {
    this.messages = messages;
    this.mail = mail;
    this.directory = directory;
    this.emailEnabled = emailEnabled;
  }

  void afterCommit(MeetingRecord meeting, List<String> leaderIds, String pageUrl) {
    if (!emailEnabled || leaderIds.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    String department = directory.department(meeting.hostDepartmentCode())
        .map(d -> d.name()).orElse(meeting.hostDepartmentCode());
    List<Person> leaders = leaderIds.stream().map(directory::person).flatMap(Optional::stream)
        .filter(p -> p.email() != null && !p.email().isBlank()).toList();
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        leaders.forEach(leader -> send(leader, meeting, department, pageUrl));
      }
    });
  }

  private void send(Person leader, MeetingRecord meeting, String department, String pageUrl) {
    Map<MessageField, Object> values = new EnumMap<>(MessageField.class);
    values.put(RECIPIENT_NAME, leader.fullName());
    values.put(TITLE, meeting.title());
    values.put(HOST_DEPARTMENT, department);
    values.put(START, meeting.plannedStart() == null ? null : START_TIME.format(meeting.plannedStart()));
    values.put(LINK, pageUrl);
    try {
      mail.send(leader.email(), messages.compose(MessageKind.MATERIALS_LATE, meeting, leader.userId(), values));
    } catch (RuntimeException e) {
      // Addresses end up in mail exceptions' messages: log the type only.
      log.warn("材料逾期提醒发送失败 late-materials alert not sent: meeting={} user={}: {}",
          meeting.id(), leader.userId(), e.getClass().getName());
    }
  }
}
