package cn.gov.agency.meeting.notice;

/** Process variables of 会议取消通知 (meetingCancellationNotice) beyond the meeting id. */
public final class CancellationVariables {

  public static final String PROCESS_KEY = "meetingCancellationNotice";

  /** Boolean: the notice went out by e-mail, or the meeting is important (R3.3). */
  public static final String BY_EMAIL = "cancellationByEmail";
  /** Boolean: the notice went out by SMS, or the meeting is important (R3.3). */
  public static final String BY_SMS = "cancellationBySms";
  /** String, a {@link NoticeChannel} name: the channel of one sending step (its input parameter). */
  public static final String CHANNEL = "cancellationChannel";

  private CancellationVariables() {}
}
