package cn.gov.agency.meeting.venue;

import java.time.LocalDateTime;

/**
 * An active booking of a room for a meeting over [startsAt, endsAt); {@code provisional} until the
 * office approves it when the room needs approval. {@code confidential}: the meeting's (R5.2).
 */
public record RoomBooking(long id, String roomCode, String roomName, long meetingId, String meetingTitle,
    LocalDateTime startsAt, LocalDateTime endsAt, String bookedBy, LocalDateTime bookedAt, boolean provisional,
    boolean confidential) {

  /** What someone not entitled to the confidential meeting sees: the room is taken (占用), not by what. */
  RoomBooking withoutTitle() {
    return new RoomBooking(id, roomCode, roomName, meetingId, CalendarEntry.BUSY, startsAt, endsAt, bookedBy, bookedAt,
        provisional, confidential);
  }

  public boolean overlaps(LocalDateTime from, LocalDateTime to) {
    return startsAt.isBefore(to) && endsAt.isAfter(from);
  }
}
