package cn.gov.agency.meeting.notice;

/** Process variables of 会议改期通知 (meetingMoveNotice) beyond the meeting id. */
public final class MoveVariables {

  public static final String PROCESS_KEY = "meetingMoveNotice";

  /** Long: the move told (meeting_move.id); a meeting moved twice has two. */
  public static final String MOVE_ID = "meetingMoveId";
  /** Boolean: the notice went out by SMS, or the meeting is important (R3.3). */
  public static final String BY_SMS = "moveBySms";
  /** String, a {@link NoticeChannel} name: the channel of one sending step (its input parameter). */
  public static final String CHANNEL = "moveChannel";

  private MoveVariables() {}
}
