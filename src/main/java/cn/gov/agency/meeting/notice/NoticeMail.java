package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends the notice e-mail with its calendar invitation; failures are thrown to the sending step. */
@Component
class NoticeMail {

  private final JavaMailSender sender;
  private final NoticeDocuments documents;
  private final Clock clock;
  private final String from;
  private final String baseUrl;

  NoticeMail(JavaMailSender sender, NoticeDocuments documents, Clock clock,
      @Value("${meeting.notification.from}") String from, @Value("${meeting.public-base-url}") String baseUrl) {
    this.sender = sender;
    this.documents = documents;
    this.clock = clock;
    this.from = from;
    this.baseUrl = baseUrl;
  }

  /** One participant's notice: the notice in the body, the link that confirms receipt, invite.ics. */
  void send(MeetingRecord meeting, String hostDepartmentName, String noticeHtml, String recipientName,
      String address, String confirmLink) {
    String body = documents.mail(recipientName, meeting.title(), noticeHtml, confirmLink);
    String calendar = InviteCalendar.write(new InviteCalendar.Invite(uid(meeting.id()), meeting.plannedStart(),
        meeting.plannedEnd(), meeting.title(), meeting.place(),
        meeting.content() + "\n确认收到：" + confirmLink, hostDepartmentName, from, recipientName, address,
        clock.instant()));
    sender.send(message -> {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(address);
      helper.setSubject("【会议通知】" + meeting.title());
      helper.setText(body, true);
      helper.addAttachment("invite.ics", new ByteArrayDataSource(calendar.getBytes(StandardCharsets.UTF_8),
          "text/calendar; charset=UTF-8; method=REQUEST"));
    });
  }

  /** Stable per meeting, so a resent invitation updates the same calendar entry. */
  String uid(long meetingId) {
    return InviteCalendar.uid(meetingId, baseUrl);
  }
}
