package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.document.DocumentTemplates;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a cancellation message says. A confidential meeting's mail and SMS carry no content (R5.2):
 * its title only to someone entitled to it, its reason never — both are on 我的会议 after login.
 */
@Component
class CancellationTexts {

  private static final String MAIL_TEMPLATE = "notice/mail/cancellation-mail.ftlh";
  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final DocumentTemplates templates;
  private final Clock clock;
  private final String publicBaseUrl;
  private final String myPageLink;

  CancellationTexts(DocumentTemplates templates, Clock clock,
      @Value("${meeting.public-base-url}") String publicBaseUrl) {
    this.templates = templates;
    this.clock = clock;
    this.publicBaseUrl = publicBaseUrl;
    this.myPageLink = (publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl) + "/app/my";
  }

  /** What one recipient may be told by mail or SMS. */
  record Message(MeetingRecord meeting, Cancellation cancellation, String cancelledByName, boolean entitled) {

    String title() {
      return entitled ? meeting.title() : null;
    }

    String reason() {
      return meeting.confidential() ? null : cancellation.reason();
    }
  }

  String mailSubject(Message message) {
    return "【会议取消通知】" + (message.title() != null ? message.title()
        : SHORT.format(message.meeting().plannedStart()) + " 的会议");
  }

  String mailBody(Message message, String recipientName) {
    Map<String, Object> model = new HashMap<>();
    model.put("recipientName", recipientName);
    model.put("title", message.title() == null ? "" : message.title());
    model.put("start", LONG.format(message.meeting().plannedStart()));
    model.put("end", LONG.format(message.meeting().plannedEnd()));
    model.put("place", message.meeting().place());
    model.put("reason", message.reason() == null ? "" : message.reason());
    model.put("cancelledBy", message.cancelledByName());
    model.put("link", myPageLink);
    return templates.render(MAIL_TEMPLATE, model);
  }

  String sms(Message message) {
    String what = message.title() != null ? "“" + message.title() + "”" : "会议";
    String why = message.reason() != null ? "原因：" + message.reason() + "。" : "取消原因请登录系统查看。";
    return "【会务管理系统】会议取消通知：原定" + SHORT.format(message.meeting().plannedStart()) + "在"
        + message.meeting().place() + "召开的" + what + "已取消（" + message.cancelledByName() + "取消），" + why
        + "详见：" + myPageLink;
  }

  /**
   * cancel.ics: removes the entry the notice's invite.ics put into the recipient's calendar (same
   * UID). It says no more than the mail: no title for someone not entitled, no reason for a
   * confidential meeting.
   */
  String calendar(Message message, String organizerName, String organizerEmail, String attendeeName,
      String attendeeEmail) {
    MeetingRecord meeting = message.meeting();
    String summary = message.title() != null ? message.title() : "会议";
    return InviteCalendar.cancel(new InviteCalendar.Invite(InviteCalendar.uid(meeting.id(), publicBaseUrl),
        meeting.plannedStart(), meeting.plannedEnd(), "【已取消】" + summary, meeting.place(),
        "会议已取消" + (message.reason() != null ? "，原因：" + message.reason() : "，详见 " + myPageLink),
        organizerName, organizerEmail, attendeeName, attendeeEmail, clock.instant()));
  }
}
