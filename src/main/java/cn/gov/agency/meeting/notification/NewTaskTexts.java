package cn.gov.agency.meeting.notification;

import cn.gov.agency.meeting.document.DocumentTemplates;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What a reminder says, in Chinese: the mail from a FreeMarker template, the SMS in one short line. */
@Component
class NewTaskTexts {

  private static final String MAIL_TEMPLATE = "notification/new-task-mail.ftl";
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final DocumentTemplates templates;
  private final ZoneId zone;
  private final Urgency urgency;
  private final String publicBaseUrl;

  NewTaskTexts(DocumentTemplates templates, Clock clock, Urgency urgency,
      @Value("${meeting.public-base-url}") String publicBaseUrl) {
    this.templates = templates;
    this.zone = clock.getZone();
    this.urgency = urgency;
    this.publicBaseUrl = publicBaseUrl.endsWith("/")
        ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
  }

  /** Opens the task itself in Tasklist (after login, if needed). */
  String link(NewTask task) {
    return publicBaseUrl + "/camunda/app/tasklist/default/#/?task=" + task.taskId();
  }

  String mailSubject(NewTask task) {
    String what = task.occasion() == Occasion.DUE_SOON ? "待办即将到期：" : "新待办：";
    return "【会务管理系统】" + what + task.taskName() + " — " + task.meetingTitle();
  }

  String mailBody(NewTask task, String recipientName) {
    Map<String, Object> model = new HashMap<>();
    model.put("recipientName", recipientName);
    model.put("taskName", task.taskName());
    model.put("meetingTitle", task.meetingTitle());
    model.put("urgent", urgency.of(task));
    model.put("dueSoon", task.occasion() == Occasion.DUE_SOON);
    model.put("link", link(task));
    if (task.due() != null) {
      model.put("due", due(task));
    }
    return templates.render(MAIL_TEMPLATE, model);
  }

  /** Short enough for one or two SMS segments; the link carries the rest. */
  String sms(NewTask task) {
    String due = task.due() == null ? "" : "，期限" + due(task);
    String what = task.occasion() == Occasion.DUE_SOON ? "待办即将到期：" : "紧急待办：";
    return "【会务管理系统】" + what + task.taskName() + "（" + task.meetingTitle() + "）" + due
        + "。请尽快办理：" + link(task);
  }

  private String due(NewTask task) {
    return DUE.format(task.due().atZone(zone));
  }
}
