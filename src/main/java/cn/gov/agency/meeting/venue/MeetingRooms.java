package cn.gov.agency.meeting.venue;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.util.List;
import java.util.Optional;

/** The rooms free for a meeting's time that hold its participants and have the equipment asked for. */
public record MeetingRooms(MeetingRecord meeting, int headCount, List<String> requiredEquipment,
    List<Room> freeRooms, Optional<RoomBooking> currentBooking) {}
