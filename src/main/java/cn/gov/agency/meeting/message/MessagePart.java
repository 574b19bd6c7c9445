package cn.gov.agency.meeting.message;

/**
 * One text of an outgoing message, each a FreeMarker template of its own:
 * {@code templates/message/<kind>/<file>}. Everything but the mail body is one value (a subject, an
 * SMS, a property of the calendar invitation) and is trimmed.
 */
public enum MessagePart {
  MAIL_SUBJECT("mail-subject.ftl"),
  /** An HTML mail body (output format HTML: every value escaped). */
  MAIL_HTML("mail-body.ftlh"),
  /** A plain-text mail body. */
  MAIL_TEXT("mail-body.ftl"),
  SMS("sms.ftl"),
  /** invite.ics / cancel.ics: SUMMARY, LOCATION, DESCRIPTION and the organizer's name. */
  INVITE_SUMMARY("invite-summary.ftl"),
  INVITE_LOCATION("invite-location.ftl"),
  INVITE_DESCRIPTION("invite-description.ftl"),
  INVITE_ORGANIZER("invite-organizer.ftl");

  private final String file;

  MessagePart(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  boolean isMailBody() {
    return this == MAIL_HTML || this == MAIL_TEXT;
  }
}
