package cn.gov.agency.meeting.venue;

/**
 * Process variable names of 会议场地 (meetingVenue) and 会前设备检查 (meetingEquipmentCheck); forms/venue-*.form use the same keys. The
 * process also reads the lifecycle variables it is called with (meetingId, meetingStart …).
 */
public final class VenueVariables {

  public static final String PROCESS_KEY = "meetingVenue";
  /** 会前设备检查, called once the room is booked; reads the same variables below. */
  public static final String EQUIPMENT_CHECK_PROCESS_KEY = "meetingEquipmentCheck";

  /** String, venue-booking form: the code of the room to book (rooms.yaml). */
  public static final String ROOM_CODE = "roomCode";
  /** String, venue-booking form checklist: the equipment the meeting needs, as Tasklist sends it (a JSON array). */
  public static final String REQUIRED_EQUIPMENT = "requiredEquipment";
  /** String, venue-booking form: 场地勘察与布置说明. */
  public static final String SETUP_NOTES = "setupNotes";
  /** String, shown on the booking form: time and head count of the meeting. */
  public static final String VENUE_SUMMARY = "venueSummary";
  /** String, shown on the booking form: the page listing the rooms free for this meeting. */
  public static final String FREE_ROOMS_PAGE = "freeRoomsPage";

  /** Long: the booking made. */
  public static final String ROOM_BOOKING_ID = "roomBookingId";
  /** String, shown on the equipment check form: code and name of the booked room. */
  public static final String BOOKED_ROOM = "bookedRoom";
  /** String, shown on the equipment check form: the required equipment by name. */
  public static final String REQUIRED_EQUIPMENT_NAMES = "requiredEquipmentNames";

  /** Boolean: the booked room needs the office's approval (the booking is provisional until then). */
  public static final String ROOM_APPROVAL_REQUIRED = "roomApprovalRequired";
  /** String, room approval form radio: approve or refuse. */
  public static final String ROOM_APPROVAL = "roomApproval";
  /** String, room approval form: why the booking is refused (required then). */
  public static final String ROOM_APPROVAL_COMMENT = "roomApprovalComment";
  /** Boolean: the office approved the provisional booking. */
  public static final String ROOM_APPROVED = "roomApproved";
  /** String, shown on the booking form after a refusal: which room (the reason is in the meeting's trail). */
  public static final String ROOM_REFUSAL = "roomRefusal";

  /** String, equipment check form: user id of the person responsible for equipment during the meeting. */
  public static final String EQUIPMENT_RESPONSIBLE = "equipmentResponsible";
  /** String, equipment check form checklist: the devices checked and working (a JSON array). */
  public static final String WORKING_EQUIPMENT = "workingEquipment";
  /** String, equipment check form: remarks. */
  public static final String EQUIPMENT_REMARKS = "equipmentRemarks";

  private VenueVariables() {}
}
