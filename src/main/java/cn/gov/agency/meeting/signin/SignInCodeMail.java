package cn.gov.agency.meeting.signin;

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
 * Tells each participant by e-mail that their sign-in code is ready, with the link to the page that
 * shows it (the code itself stays in the application). Sent only after the codes are committed and
 * never throws: the page is where the code lives, the mail is best effort.
 */
@Component
class SignInCodeMail {

  private static final Logger log = LoggerFactory.getLogger(SignInCodeMail.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final JavaMailSender sender;
  private final OrganisationDirectory directory;
  private final boolean emailEnabled;
  private final String from;
  private final String pageUrl;

  SignInCodeMail(JavaMailSender sender, OrganisationDirectory directory,
      @Value("${meeting.notification.email-enabled:true}") boolean emailEnabled,
      @Value("${meeting.notification.from}") String from, @Value("${meeting.public-base-url}") String baseUrl) {
    this.sender = sender;
    this.directory = directory;
    this.emailEnabled = emailEnabled;
    this.from = from;
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
    try {
      sender.send(message -> {
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(person.email());
        helper.setSubject("【会议签到】" + meeting.title());
        helper.setText(person.fullName() + "：\n\n您参加的会议“" + meeting.title() + "”（" + TIME.format(meeting.plannedStart())
            + "，" + meeting.place() + "）的个人签到码已生成。签到时间：" + TIME.format(window.opensAt()) + " 起，"
            + "会议开始后签到记为迟到。\n请本人登录后打开 " + pageUrl + " 出示签到码并扫码签到，不得代签。\n\n本邮件由会务管理系统自动发送。");
      });
    } catch (RuntimeException e) {
      // Addresses end up in mail exceptions' messages: log the type only.
      log.warn("签到码提醒发送失败 sign-in code mail not sent: meeting={} user={}: {}", meeting.id(), person.userId(),
          e.getClass().getName());
    }
  }
}
