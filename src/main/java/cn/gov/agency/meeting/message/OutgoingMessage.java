package cn.gov.agency.meeting.message;

import cn.gov.agency.meeting.document.DocumentTemplates;
import java.util.Map;

/**
 * A message written for one recipient by {@link OutgoingMessages}, and only there: it holds what
 * its kind may carry, and renders its parts from their templates.
 */
public final class OutgoingMessage {

  private final MessageKind kind;
  private final Map<String, Object> model;
  private final DocumentTemplates templates;

  OutgoingMessage(MessageKind kind, Map<String, Object> model, DocumentTemplates templates) {
    this.kind = kind;
    this.model = model;
    this.templates = templates;
  }

  public MessageKind kind() {
    return kind;
  }

  /** The text of one part; everything but a mail body trimmed to its value. */
  public String render(MessagePart part) {
    String text = templates.render(kind.template(part), model);
    return part.isMailBody() ? text : text.strip();
  }

  public String subject() {
    return render(MessagePart.MAIL_SUBJECT);
  }

  public boolean htmlMail() {
    return kind.parts().contains(MessagePart.MAIL_HTML);
  }

  public String mailBody() {
    return render(htmlMail() ? MessagePart.MAIL_HTML : MessagePart.MAIL_TEXT);
  }

  public String sms() {
    return render(MessagePart.SMS);
  }

  @Override
  public String toString() {
    return "OutgoingMessage[" + kind + ", " + model.keySet() + "]";
  }
}
