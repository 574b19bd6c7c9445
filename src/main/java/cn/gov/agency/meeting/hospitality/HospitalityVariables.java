package cn.gov.agency.meeting.hospitality;

/**
 * Process variables of 会议用餐 (meetingCatering) and 会议住宿 (meetingAccommodation) besides the
 * lifecycle's; forms/catering-arrange.form and forms/accommodation-arrange.form use the same keys.
 */
public final class HospitalityVariables {

  public static final String CATERING_PROCESS_KEY = "meetingCatering";
  public static final String ACCOMMODATION_PROCESS_KEY = "meetingAccommodation";
  public static final String CATERING_STAGE = "catering";
  public static final String ACCOMMODATION_STAGE = "accommodation";

  public static final String CATERER = "caterer";
  public static final String CATERING_STANDARD = "cateringStandard";
  public static final String MENU = "menu";
  public static final String CATERING_HEAD_COUNT = "cateringHeadCount";
  public static final String MEAL_COUNT = "mealCount";
  public static final String CATERING_AGREEMENT = "cateringAgreement";
  /** String: login name of the person in charge of catering, food safety included (R3.6). */
  public static final String CATERING_RESPONSIBLE = "cateringResponsible";
  /** Long: the recorded catering arrangement. */
  public static final String CATERING_ARRANGEMENT_ID = "cateringArrangementId";

  public static final String HOTEL = "hotel";
  public static final String ROOM_STANDARD = "roomStandard";
  public static final String CHECK_IN = "checkIn";
  public static final String CHECK_OUT = "checkOut";
  public static final String EXCLUDED_PARTICIPANTS = "excludedParticipants";
  /** String: login name of the person in charge of accommodation, its safety included (R3.7). */
  public static final String ACCOMMODATION_RESPONSIBLE = "accommodationResponsible";
  /** Long: the recorded accommodation arrangement (its room list). */
  public static final String ACCOMMODATION_ARRANGEMENT_ID = "accommodationArrangementId";

  private HospitalityVariables() {}
}
