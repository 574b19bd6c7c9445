package cn.gov.agency.meeting.message;

/**
 * A value an outgoing message may carry, under the name its templates read it by. Each field is
 * classed once, here, by what it would reveal of a confidential meeting (R5.2); what one kind of
 * message carries is declared in {@link MessageKind}.
 */
public enum MessageField {

  /** The recipient's own name. */
  RECIPIENT_NAME("recipientName", Sensitivity.OPEN),
  /** The meeting's title (会议名称). */
  TITLE("title", Sensitivity.ENTITLED),
  /** The host department's name. */
  HOST_DEPARTMENT("hostDepartment", Sensitivity.ENTITLED),
  /** Start, formatted for the message: 2030年3月4日 09:00. */
  START("start", Sensitivity.OPEN),
  /** Start, short: 3月4日 09:00. */
  START_SHORT("startShort", Sensitivity.OPEN),
  END("end", Sensitivity.OPEN),
  /** The room or place: what the room calendar shows anyone as 占用. */
  PLACE("place", Sensitivity.OPEN),
  /** The page where the entitled person reads it after login. */
  LINK("link", Sensitivity.OPEN),
  /** Who cancelled the meeting. */
  CANCELLED_BY("cancelledBy", Sensitivity.OPEN),
  /** A moved meeting's former start and end, formatted like START / END: the time it no longer takes. */
  PREVIOUS_START("previousStart", Sensitivity.OPEN),
  PREVIOUS_END("previousEnd", Sensitivity.OPEN),
  /** Who moved the meeting. */
  MOVED_BY("movedBy", Sensitivity.OPEN),
  /** The name of the document type issued (会议纪要, 会议报告 …). */
  OUTPUT_DOCUMENT("outputDocument", Sensitivity.OPEN),
  /** The recipient's own department, the reason they are told. */
  RECIPIENT_DEPARTMENT("departmentName", Sensitivity.OPEN),
  /** The outcome of the recipient's own leave request: 已批准 / 未批准. */
  LEAVE_STATUS("status", Sensitivity.OPEN),
  REFUSED("refused", Sensitivity.OPEN),
  /** When sign-in opens. */
  OPENS_AT("opensAt", Sensitivity.OPEN),
  /** A deadline of the work asked for (the notice's). */
  DEADLINE("deadline", Sensitivity.OPEN),
  /** The task's name from the diagram (分管领导审批 …). */
  TASK_NAME("taskName", Sensitivity.OPEN),
  DUE("due", Sensitivity.OPEN),
  URGENT("urgent", Sensitivity.OPEN),
  DUE_SOON("dueSoon", Sensitivity.OPEN),
  /** What a bulletin is about (意见建议办理结果反馈, 决议落实进展): says nothing of the meeting's content. */
  HEADLINE("headline", Sensitivity.OPEN),

  /** What the meeting is about (会议内容 / 议程). */
  CONTENT("content", Sensitivity.CONTENT),
  /** The notice itself: content, agenda, participant list, requirements, preparations. */
  NOTICE_DOCUMENT("notice", Sensitivity.CONTENT),
  /** The minutes' text. */
  MINUTES_TEXT("minutesText", Sensitivity.CONTENT),
  /** Resolutions with their departments and deadlines. */
  RESOLUTIONS("resolutions", Sensitivity.CONTENT),
  /** Why something happened (a cancellation's reason). */
  REASON("reason", Sensitivity.CONTENT),
  /** A decision's comment (审批意见). */
  COMMENT("comment", Sensitivity.CONTENT),
  /** A bulletin's text: an opinion and its answer, a resolution's progress report. */
  BULLETIN_TEXT("bulletinText", Sensitivity.CONTENT),
  /** Who attends instead of someone (代会人员): part of the participant list. */
  SUBSTITUTE("substituteName", Sensitivity.CONTENT);

  /** What a field would reveal of a confidential meeting. */
  public enum Sensitivity {
    /** Says nothing of what the meeting is: may go to anyone a message is for. */
    OPEN,
    /** Names or places the meeting: only to a recipient entitled to it ({@code MeetingAccess}). */
    ENTITLED,
    /** Its content: never in a message about a confidential meeting, whoever receives it. */
    CONTENT
  }

  private final String key;
  private final Sensitivity sensitivity;

  MessageField(String key, Sensitivity sensitivity) {
    this.key = key;
    this.sensitivity = sensitivity;
  }

  /** The name the templates read the value by. */
  public String key() {
    return key;
  }

  public Sensitivity sensitivity() {
    return sensitivity;
  }
}
