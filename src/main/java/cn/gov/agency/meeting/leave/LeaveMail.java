package cn.gov.agency.meeting.leave;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Tells the requester the host department's decision by e-mail. Best effort, like the task
 * reminders: a mail that does not get through is logged (without address or name), never retried,
 * and the decision stands; the requester's 我的会议 page shows it either way.
 */
@Component
class LeaveMail {

  private static final Logger log = LoggerFactory.getLogger(LeaveMail.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final JavaMailSender sender;
  private final OrganisationDirectory directory;
  private final String from;
  private final String myMeetingsLink;
  private final boolean emailEnabled;

  LeaveMail(JavaMailSender sender, OrganisationDirectory directory, @Value("${meeting.notification.from}") String from,
      @Value("${meeting.public-base-url}") String publicBaseUrl,
      @Value("${meeting.notification.email-enabled:true}") boolean emailEnabled) {
    this.sender = sender;
    this.directory = directory;
    this.from = from;
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
    String subject = "【会务管理系统】请假申请" + request.statusLabel() + "：" + meeting.title();
    String body = person.get().fullName() + "，您好：\n\n您申请不参加“" + meeting.title() + "”（"
        + TIME.format(meeting.plannedStart()) + "）的请假，主办部门审批结果为：" + request.statusLabel() + "。\n"
        + (request.status() == LeaveStatus.APPROVED && substituteName != null ? "代会人员：" + substituteName + "。\n" : "")
        + (request.status() == LeaveStatus.REFUSED ? "请按时参会。\n" : "")
        + (request.decisionComment() == null ? "" : "审批意见：" + request.decisionComment() + "\n")
        + "\n详情见“我的会议”：" + myMeetingsLink + "\n\n本邮件由会务管理系统自动发送，请勿直接回复。";
    try {
      sender.send(message -> {
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(address);
        helper.setSubject(subject);
        helper.setText(body);
      });
    } catch (RuntimeException e) {
      log.warn("请假审批结果邮件未送达 leave decision mail not sent: request={} user={}: {}", request.id(),
          request.requesterUserId(), e.getClass().getName());
    }
  }
}
