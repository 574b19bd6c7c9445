package cn.gov.agency.meeting.venue;

import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;

/**
 * The room is already booked for part of the period (R3.5). Whether the service's check found it
 * or the database's constraint refused the insert, the user reads the same message on the room code.
 */
public class RoomConflictException extends InvalidInputException {

  static final String RULE = "room-free";

  RoomConflictException(String roomCode, String detail) {
    super(VenueService.BOOKING, java.util.List.of(new Violation(VenueVariables.ROOM_CODE, "会议室编号", RULE,
        "会议室 " + roomCode + " 在该时段已被预订（" + detail + "），请另选会议室")));
  }

  static RoomConflictException concurrent(String roomCode) {
    return new RoomConflictException(roomCode, "刚被他人同时预订");
  }
}
