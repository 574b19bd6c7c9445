package cn.gov.agency.meeting.materials;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the leaders in charge by e-mail that a meeting's materials missed their deadline. Sent only
 * after the step that recorded it has committed (a rolled-back step tells nobody) and never throws:
 * the record is what counts, the mail is best effort.
 */
@Component
class LateMaterialsAlert {

  private static final Logger log = LoggerFactory.getLogger(LateMaterialsAlert.class);
  private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final JavaMailSender sender;
  private final OrganisationDirectory directory;
  private final boolean emailEnabled;
  private final String from;

  LateMaterialsAlert(JavaMailSender sender, OrganisationDirectory directory,
      @Value("${meeting.notification.email-enabled:true}") boolean emailEnabled,
      @Value("${meeting.notification.from}") String from) {
    this.sender = sender;
    this.directory = directory;
    this.emailEnabled = emailEnabled;
    this.from = from;
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
    String start = meeting.plannedStart() == null ? "" : "（" + START.format(meeting.plannedStart()) + "）";
    try {
      sender.send(message -> {
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(leader.email());
        helper.setSubject("【会务管理系统】会议材料逾期未报送：" + meeting.title());
        helper.setText(leader.fullName() + "：\n\n" + department + "主办的会议“" + meeting.title() + "”" + start
            + "的会议材料未在规定期限前报送审核。\n材料页面：" + pageUrl + "\n\n本邮件由会务管理系统自动发送。");
      });
    } catch (RuntimeException e) {
      // Addresses end up in mail exceptions' messages: log the type only.
      log.warn("材料逾期提醒发送失败 late-materials alert not sent: meeting={} user={}: {}",
          meeting.id(), leader.userId(), e.getClass().getName());
    }
  }
}
