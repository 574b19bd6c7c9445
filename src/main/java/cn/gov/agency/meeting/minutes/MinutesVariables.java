package cn.gov.agency.meeting.minutes;

/**
 * Process variables of 会议纪要 (meetingMinutes) beyond the lifecycle's (the recorder comes from
 * {@code LifecycleVariables.RECORDER}); the forms in forms/minutes-*.form use the same keys. The
 * minutes themselves never become variables: they live in the minutes tables, behind
 * {@link MinutesAccess}, so the engine's REST API cannot show them to anyone.
 */
public final class MinutesVariables {

  public static final String PROCESS_KEY = "meetingMinutes";
  public static final String STAGE = "minutes";

  /** String: the drafting page of the meeting's minutes, linked from the recorder's form. */
  public static final String PAGE_URL = "minutesPageUrl";
  /** Long: the submitted version the reviewers decide on. */
  public static final String VERSION_ID = "minutesVersionId";
  /** Long: its number (第几版), shown on the review forms. */
  public static final String VERSION_NO = "minutesVersionNo";
  /** String: approve or return ({@link MinutesDecision}). */
  public static final String HEAD_DECISION = "minutesHeadDecision";
  public static final String HEAD_COMMENT = "minutesHeadComment";
  public static final String LEADER_DECISION = "minutesLeaderDecision";
  public static final String LEADER_COMMENT = "minutesLeaderComment";
  /**
   * String: who sent the draft back and why — set by versions before typed texts left the engine; a new
   * version removes it from an instance that still has it. The minutes page shows it now.
   */
  static final String RETURN_COMMENT = "minutesReturnComment";

  private MinutesVariables() {}
}
