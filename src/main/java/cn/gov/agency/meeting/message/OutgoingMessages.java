package cn.gov.agency.meeting.message;

import cn.gov.agency.meeting.document.DocumentTemplates;
import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The one door through which every message leaving the application is written (R5.2): the sender
 * hands over everything it would like to say, and the message's templates get only what its
 * {@link MessageKind} may carry for that meeting and that recipient. Whether the recipient is
 * entitled to a confidential meeting is {@link MeetingAccess}'s answer, asked here and nowhere else.
 */
@Service
public class OutgoingMessages {

  /** Set for every template: true when the meeting is confidential, so the text can say where to read on. */
  public static final String CONFIDENTIAL = "confidential";

  private final DocumentTemplates templates;
  private final MeetingAccess access;

  OutgoingMessages(DocumentTemplates templates, MeetingAccess access) {
    this.templates = templates;
    this.access = access;
  }

  /**
   * One recipient's message of {@code kind} about {@code meeting} (null for work not about a
   * meeting, such as the annual plan). Null values are left out. Throws when a value is not one the
   * kind declares at all.
   */
  public OutgoingMessage compose(MessageKind kind, MeetingRecord meeting, String recipientUserId,
      Map<MessageField, ?> values) {
    boolean confidential = meeting != null && meeting.confidential();
    boolean entitled = !confidential || recipientUserId != null && access.isEntitled(recipientUserId, meeting);
    Map<String, Object> model = new HashMap<>();
    values.forEach((field, value) -> {
      if (!kind.carries().contains(field)) {
        throw new IllegalArgumentException(kind + " does not declare " + field + ": add it to MessageKind first");
      }
      if (value != null && kind.mayCarry(field, confidential, entitled)) {
        model.put(field.key(), value);
      }
    });
    model.put(CONFIDENTIAL, confidential);
    return new OutgoingMessage(kind, Map.copyOf(model), templates);
  }
}
