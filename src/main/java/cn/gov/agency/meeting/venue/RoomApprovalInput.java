package cn.gov.agency.meeting.venue;

/** A checked room approval form: approved, or refused with a reason. */
public record RoomApprovalInput(boolean approved, String comment) {}
