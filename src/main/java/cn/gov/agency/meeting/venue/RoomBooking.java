package cn.gov.agency.meeting.venue;

import java.time.LocalDateTime;

/** An active booking of a room for a meeting over [startsAt, endsAt). */
public record RoomBooking(long id, String roomCode, String roomName, long meetingId, String meetingTitle,
    LocalDateTime startsAt, LocalDateTime endsAt, String bookedBy, LocalDateTime bookedAt) {

  public boolean overlaps(LocalDateTime from, LocalDateTime to) {
    return startsAt.isBefore(to) && endsAt.isAfter(from);
  }
}
