package cn.gov.agency.meeting.notice;

/**
 * Process variables of 会议通知 (meetingNotice) beyond those of the lifecycle; the form
 * forms/notice-draft.form uses the same keys. Which theme fields a type's notice requires is
 * configuration (processes/meeting-types.yaml, notice.fields); the keys here are the shipped types'.
 */
public final class NoticeVariables {

  public static final String PROCESS_KEY = "meetingNotice";

  public static final String REQUIREMENTS = "noticeRequirements";
  public static final String PREPARATIONS = "noticePreparations";
  public static final String SEMINAR_THEME = "seminarTheme";
  public static final String SEMINAR_REQUIREMENTS = "seminarRequirements";
  public static final String EXCHANGE_THEME = "exchangeTheme";
  public static final String SPEAKING_REQUIREMENTS = "speakingRequirements";
  public static final String SYMPOSIUM_THEME = "symposiumTheme";
  public static final String LATE_REASON = "lateReason";

  /** Long: the drafted notice. */
  public static final String NOTICE_ID = "noticeId";
  /** Boolean: the notice went out after its deadline, with a recorded reason (特殊情况). */
  public static final String NOTICE_LATE = "noticeLate";

  private NoticeVariables() {}
}
