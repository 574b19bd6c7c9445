package cn.gov.agency.meeting.bulletin;

/** Process variables of 通报送达 (bulletinDelivery). */
public final class BulletinVariables {

  public static final String PROCESS_KEY = "bulletinDelivery";
  /** Long: the bulletin to deliver. */
  public static final String BULLETIN_ID = "bulletinId";
  /** Boolean: SMS as well (the meeting's notice used it). */
  public static final String BY_SMS = "bulletinBySms";
  /** String, an input of each sending step: its {@link BulletinChannel}. */
  public static final String CHANNEL = "bulletinChannel";

  private BulletinVariables() {}
}
