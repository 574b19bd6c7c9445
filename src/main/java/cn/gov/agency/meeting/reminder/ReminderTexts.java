package cn.gov.agency.meeting.reminder;

import cn.gov.agency.meeting.document.DocumentTemplates;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What a reminder says, in Chinese: the mail from a FreeMarker template, the SMS in one short line. */
@Component
class ReminderTexts {

  private static final String MAIL_TEMPLATE = "reminder/meeting-reminder-mail.ftl";
  private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final DocumentTemplates templates;
  private final String myMeetingsLink;

  ReminderTexts(DocumentTemplates templates, @Value("${meeting.public-base-url}") String publicBaseUrl) {
    this.templates = templates;
    this.myMeetingsLink = (publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl) + "/app/my/notices";
  }

  String mailSubject(MeetingRecord meeting) {
    return "【会前提醒】" + meeting.title();
  }

  String mailBody(MeetingRecord meeting, String recipientName) {
    Map<String, Object> model = Map.of("recipientName", recipientName, "meetingTitle", meeting.title(),
        "start", START.format(meeting.plannedStart()), "place", meeting.place(), "link", myMeetingsLink);
    return templates.render(MAIL_TEMPLATE, model);
  }

  String sms(MeetingRecord meeting) {
    return "【会务管理系统】会前提醒：" + meeting.title() + "，" + SHORT.format(meeting.plannedStart()) + "，"
        + meeting.place() + "。请准时参会，详见：" + myMeetingsLink;
  }
}
