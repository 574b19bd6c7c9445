package cn.gov.agency.meeting.distribution;

import cn.gov.agency.meeting.document.DocumentTemplates;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.minutes.ApprovedMinutes;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The e-mail carrying the approved minutes to one recipient. A confidential meeting's minutes never
 * travel by e-mail (R5.2): its mail only says that minutes await them in the system.
 */
@Component
class MinutesMail {

  private final JavaMailSender sender;
  private final DocumentTemplates templates;
  private final String from;
  private final String publicBaseUrl;

  MinutesMail(JavaMailSender sender, DocumentTemplates templates, @Value("${meeting.notification.from}") String from,
      @Value("${meeting.public-base-url}") String publicBaseUrl) {
    this.sender = sender;
    this.templates = templates;
    this.from = from;
    this.publicBaseUrl = publicBaseUrl.endsWith("/")
        ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
  }

  void send(MeetingRecord meeting, ApprovedMinutes approved, MinutesRecipient recipient, String recipientName,
      String address, String departmentName) {
    Map<String, Object> model = new HashMap<>();
    model.put("recipientName", recipientName);
    model.put("meetingTitle", meeting.title());
    model.put("outputDocument", approved.outputDocument());
    model.put("link", publicBaseUrl + "/app/my/minutes/" + recipient.id());
    model.put("withText", recipient.fullText() && !meeting.confidential());
    model.put("content", approved.version().minutes().content());
    model.put("resolutions", approved.resolutions());
    model.put("departmentName", departmentName == null ? "" : departmentName);
    String body = render(model);
    sender.send(message -> {
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(address);
      helper.setSubject("【" + approved.outputDocument() + "印发】" + meeting.title());
      helper.setText(body, true);
    });
  }

  private String render(Map<String, Object> model) {
    return templates.render("distribution/minutes-mail.ftlh", model);
  }
}
