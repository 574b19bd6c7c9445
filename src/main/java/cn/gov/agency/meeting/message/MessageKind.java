package cn.gov.agency.meeting.message;

import static cn.gov.agency.meeting.message.MessageField.BULLETIN_TEXT;
import static cn.gov.agency.meeting.message.MessageField.CANCELLED_BY;
import static cn.gov.agency.meeting.message.MessageField.COMMENT;
import static cn.gov.agency.meeting.message.MessageField.CONTENT;
import static cn.gov.agency.meeting.message.MessageField.DEADLINE;
import static cn.gov.agency.meeting.message.MessageField.DUE;
import static cn.gov.agency.meeting.message.MessageField.DUE_SOON;
import static cn.gov.agency.meeting.message.MessageField.END;
import static cn.gov.agency.meeting.message.MessageField.HEADLINE;
import static cn.gov.agency.meeting.message.MessageField.HOST_DEPARTMENT;
import static cn.gov.agency.meeting.message.MessageField.LEAVE_STATUS;
import static cn.gov.agency.meeting.message.MessageField.LINK;
import static cn.gov.agency.meeting.message.MessageField.MINUTES_TEXT;
import static cn.gov.agency.meeting.message.MessageField.MOVED_BY;
import static cn.gov.agency.meeting.message.MessageField.NOTICE_DOCUMENT;
import static cn.gov.agency.meeting.message.MessageField.OPENS_AT;
import static cn.gov.agency.meeting.message.MessageField.OUTPUT_DOCUMENT;
import static cn.gov.agency.meeting.message.MessageField.PLACE;
import static cn.gov.agency.meeting.message.MessageField.PREVIOUS_END;
import static cn.gov.agency.meeting.message.MessageField.PREVIOUS_START;
import static cn.gov.agency.meeting.message.MessageField.REASON;
import static cn.gov.agency.meeting.message.MessageField.RECIPIENT_DEPARTMENT;
import static cn.gov.agency.meeting.message.MessageField.RECIPIENT_NAME;
import static cn.gov.agency.meeting.message.MessageField.REFUSED;
import static cn.gov.agency.meeting.message.MessageField.RESOLUTIONS;
import static cn.gov.agency.meeting.message.MessageField.START;
import static cn.gov.agency.meeting.message.MessageField.START_SHORT;
import static cn.gov.agency.meeting.message.MessageField.SUBSTITUTE;
import static cn.gov.agency.meeting.message.MessageField.TASK_NAME;
import static cn.gov.agency.meeting.message.MessageField.TITLE;
import static cn.gov.agency.meeting.message.MessageField.URGENT;
import static cn.gov.agency.meeting.message.MessagePart.INVITE_DESCRIPTION;
import static cn.gov.agency.meeting.message.MessagePart.INVITE_LOCATION;
import static cn.gov.agency.meeting.message.MessagePart.INVITE_ORGANIZER;
import static cn.gov.agency.meeting.message.MessagePart.INVITE_SUMMARY;
import static cn.gov.agency.meeting.message.MessagePart.MAIL_HTML;
import static cn.gov.agency.meeting.message.MessagePart.MAIL_SUBJECT;
import static cn.gov.agency.meeting.message.MessagePart.MAIL_TEXT;
import static cn.gov.agency.meeting.message.MessagePart.SMS;

import cn.gov.agency.meeting.message.MessageField.Sensitivity;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every kind of message the application sends out of itself (mail, its calendar invitation, SMS),
 * and for each what it may carry: {@code carries} in general, {@code whenConfidential} for a meeting
 * the office marked 涉密 (R5.2). Of the latter, fields of {@link Sensitivity#ENTITLED} reach only a
 * recipient entitled to the meeting; a {@link Sensitivity#CONTENT} field cannot be declared there.
 * {@link OutgoingMessages} passes a template nothing else, so no template can put more into a channel.
 */
public enum MessageKind {

  /** 会议通知 to a participant (or a substitute who joined later): mail with invite.ics, SMS when important. */
  NOTICE("notice", parts(MAIL_SUBJECT, MAIL_HTML, INVITE_SUMMARY, INVITE_LOCATION, INVITE_DESCRIPTION,
      INVITE_ORGANIZER, SMS),
      carries(RECIPIENT_NAME, TITLE, HOST_DEPARTMENT, START, START_SHORT, END, PLACE, LINK, NOTICE_DOCUMENT, CONTENT),
      whenConfidential(RECIPIENT_NAME, TITLE, HOST_DEPARTMENT, START, START_SHORT, END, PLACE, LINK)),

  /** 会议取消通知: mail with cancel.ics, SMS when the notice used it. */
  CANCELLATION("cancellation", parts(MAIL_SUBJECT, MAIL_HTML, INVITE_SUMMARY, INVITE_LOCATION, INVITE_DESCRIPTION,
      INVITE_ORGANIZER, SMS),
      carries(RECIPIENT_NAME, TITLE, HOST_DEPARTMENT, START, START_SHORT, END, PLACE, CANCELLED_BY, REASON, LINK),
      whenConfidential(RECIPIENT_NAME, TITLE, HOST_DEPARTMENT, START, START_SHORT, END, PLACE, CANCELLED_BY, LINK)),

  /** 会议改期通知: mail with the updated invite.ics (same UID, higher sequence), SMS when the notice used it. */
  MOVE("move", parts(MAIL_SUBJECT, MAIL_HTML, INVITE_SUMMARY, INVITE_LOCATION, INVITE_DESCRIPTION,
      INVITE_ORGANIZER, SMS),
      carries(RECIPIENT_NAME, TITLE, HOST_DEPARTMENT, START, START_SHORT, END, PREVIOUS_START, PREVIOUS_END, PLACE,
          MOVED_BY, LINK),
      whenConfidential(RECIPIENT_NAME, TITLE, HOST_DEPARTMENT, START, START_SHORT, END, PREVIOUS_START, PREVIOUS_END,
          PLACE, MOVED_BY, LINK)),

  /** 会前提醒 to everyone expected. */
  MEETING_REMINDER("meeting-reminder", parts(MAIL_SUBJECT, MAIL_TEXT, SMS),
      carries(RECIPIENT_NAME, TITLE, START, START_SHORT, PLACE, LINK),
      whenConfidential(RECIPIENT_NAME, TITLE, START, START_SHORT, PLACE, LINK)),

  /** 会议纪要印发 to the attendees and the members of the departments a resolution names. */
  MINUTES("minutes", parts(MAIL_SUBJECT, MAIL_HTML),
      carries(RECIPIENT_NAME, TITLE, OUTPUT_DOCUMENT, RECIPIENT_DEPARTMENT, LINK, MINUTES_TEXT, RESOLUTIONS),
      whenConfidential(RECIPIENT_NAME, TITLE, OUTPUT_DOCUMENT, RECIPIENT_DEPARTMENT, LINK)),

  /** The host department's decision on a leave request (请假与代会), to the requester. */
  LEAVE_DECISION("leave-decision", parts(MAIL_SUBJECT, MAIL_TEXT),
      carries(RECIPIENT_NAME, TITLE, START, LEAVE_STATUS, REFUSED, SUBSTITUTE, COMMENT, LINK),
      whenConfidential(RECIPIENT_NAME, TITLE, START, LEAVE_STATUS, REFUSED, LINK)),

  /** 个人签到码已生成, to each expected attendee. */
  SIGN_IN_CODE("sign-in-code", parts(MAIL_SUBJECT, MAIL_TEXT),
      carries(RECIPIENT_NAME, TITLE, START, PLACE, OPENS_AT, LINK),
      whenConfidential(RECIPIENT_NAME, TITLE, START, PLACE, OPENS_AT, LINK)),

  /** 会议材料逾期未报送, to the host department's leaders in charge. */
  MATERIALS_LATE("materials-late", parts(MAIL_SUBJECT, MAIL_TEXT),
      carries(RECIPIENT_NAME, TITLE, HOST_DEPARTMENT, START, LINK),
      whenConfidential(RECIPIENT_NAME, TITLE, HOST_DEPARTMENT, START, LINK)),

  /** 催办: the notice deadline is near and no notice drafted, to the office. */
  NOTICE_ESCALATION("notice-escalation", parts(MAIL_SUBJECT, MAIL_TEXT, SMS),
      carries(RECIPIENT_NAME, TITLE, DEADLINE),
      whenConfidential(RECIPIENT_NAME, TITLE, DEADLINE)),

  /** 新待办提醒 / 待办即将到期 to whoever a task reached; {@code TITLE} is the meeting or the process. */
  NEW_TASK("new-task", parts(MAIL_SUBJECT, MAIL_TEXT, SMS),
      carries(RECIPIENT_NAME, TASK_NAME, TITLE, DUE, URGENT, DUE_SOON, LINK),
      whenConfidential(RECIPIENT_NAME, TASK_NAME, TITLE, DUE, URGENT, DUE_SOON, LINK)),

  /** 通报与反馈: an opinion's answer to whoever raised it, a resolution's progress to the host department. */
  BULLETIN("bulletin", parts(MAIL_SUBJECT, MAIL_TEXT, SMS),
      carries(RECIPIENT_NAME, TITLE, HEADLINE, BULLETIN_TEXT, LINK),
      whenConfidential(RECIPIENT_NAME, TITLE, HEADLINE, LINK));

  /** Where the kind's templates are: {@code templates/message/<folder>/}. */
  public static final String TEMPLATE_ROOT = "message";

  private final String folder;
  private final Set<MessagePart> parts;
  private final Set<MessageField> carries;
  private final Set<MessageField> whenConfidential;

  MessageKind(String folder, Set<MessagePart> parts, Set<MessageField> carries, Set<MessageField> whenConfidential) {
    if (!carries.containsAll(whenConfidential)) {
      throw new IllegalStateException(folder + ": declares for a confidential meeting what it does not carry");
    }
    for (MessageField field : whenConfidential) {
      if (field.sensitivity() == Sensitivity.CONTENT) {
        throw new IllegalStateException(folder + ": " + field + " is a confidential meeting's content and can"
            + " never go out for it");
      }
    }
    this.folder = folder;
    this.parts = parts;
    this.carries = carries;
    this.whenConfidential = whenConfidential;
  }

  public String folder() {
    return folder;
  }

  public Set<MessagePart> parts() {
    return parts;
  }

  public Set<MessageField> carries() {
    return carries;
  }

  public Set<MessageField> whenConfidential() {
    return whenConfidential;
  }

  /** The template of one part: {@code message/<folder>/<file>}. */
  public String template(MessagePart part) {
    if (!parts.contains(part)) {
      throw new IllegalArgumentException(this + " has no " + part);
    }
    return TEMPLATE_ROOT + "/" + folder + "/" + part.file();
  }

  /**
   * The rule: anything the kind carries about an ordinary meeting; about a confidential one only
   * what it declares for it, and the meeting's name and host only to a recipient entitled to it.
   */
  boolean mayCarry(MessageField field, boolean confidential, boolean entitled) {
    if (!carries.contains(field)) {
      return false;
    }
    if (!confidential) {
      return true;
    }
    return whenConfidential.contains(field)
        && (field.sensitivity() == Sensitivity.OPEN || field.sensitivity() == Sensitivity.ENTITLED && entitled);
  }

  private static Set<MessagePart> parts(MessagePart first, MessagePart... rest) {
    return EnumSet.of(first, rest);
  }

  private static Set<MessageField> carries(MessageField first, MessageField... rest) {
    return EnumSet.of(first, rest);
  }

  private static Set<MessageField> whenConfidential(MessageField first, MessageField... rest) {
    return EnumSet.of(first, rest);
  }
}
