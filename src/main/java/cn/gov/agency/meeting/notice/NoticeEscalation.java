package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.notification.SmsGateway;
import cn.gov.agency.meeting.notification.SmsMessage;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * 催办通知: the notice deadline is near and the notice is not drafted yet. The office staff and
 * its head are told by e-mail and SMS. A reminder that does not get through is noted, not
 * retried: the draft task stays in the office's inbox either way, and a retry would repeat the
 * reminders that did get through.
 */
@Service
public class NoticeEscalation {

  private static final Logger log = LoggerFactory.getLogger(NoticeEscalation.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final OrganisationDirectory directory;
  private final JavaMailSender mail;
  private final SmsGateway sms;
  private final MeetingEvents events;
  private final String from;

  NoticeEscalation(OrganisationDirectory directory, JavaMailSender mail, SmsGateway sms, MeetingEvents events,
      @Value("${meeting.notification.from}") String from) {
    this.directory = directory;
    this.mail = mail;
    this.sms = sms;
    this.events = events;
    this.from = from;
  }

  /** {@code officeUserIds}: the members of the office and the office head; {@code deadline} in agency time. */
  public void escalate(long meetingId, String meetingTitle, LocalDateTime deadline, Collection<String> officeUserIds,
      String actor) {
    String text = "【会务管理系统】会议通知即将逾期：" + meetingTitle + " 的会议通知须于 " + TIME.format(deadline)
        + " 前发出，目前尚未起草，请尽快办理“起草会议通知”。";
    int reached = 0;
    int missed = 0;
    for (String userId : new LinkedHashSet<>(officeUserIds)) {
      Optional<Person> person = directory.person(userId);
      if (person.isEmpty()) {
        continue;
      }
      boolean anyChannel = false;
      String email = person.get().email();
      if (email != null && !email.isBlank()) {
        anyChannel |= attempt(userId, "EMAIL", () -> mail.send(message -> {
          MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
          helper.setFrom(from);
          helper.setTo(email);
          helper.setSubject("【会务管理系统】会议通知即将逾期：" + meetingTitle);
          helper.setText(person.get().fullName() + "，您好：\n\n" + text + "\n\n本邮件由会务管理系统自动发送，请勿直接回复。");
        }));
      }
      Optional<String> phone = directory.phoneOf(userId);
      if (phone.isPresent()) {
        anyChannel |= attempt(userId, "SMS", () -> sms.send(new SmsMessage("notice-escalation-" + meetingId, userId,
            phone.get(), text)));
      }
      if (anyChannel) {
        reached++;
      } else {
        missed++;
      }
    }
    events.record(meetingId, NoticeService.STAGE, "escalated", actor,
        "通知发出期限 " + TIME.format(deadline) + " 将至，已催办办公室 " + reached + " 人"
            + (missed > 0 ? "，" + missed + " 人未能送达" : ""));
  }

  private static boolean attempt(String userId, String channel, Runnable send) {
    try {
      send.run();
      return true;
    } catch (RuntimeException e) {
      log.warn("会议通知催办未送达 escalation not delivered: user={} channel={}: {}", userId, channel,
          e.getClass().getName());
      return false;
    }
  }
}
