package cn.gov.agency.meeting.venue;

import java.time.LocalDateTime;

/**
 * An active booking of a room for a meeting over [startsAt, endsAt); {@code provisional} until the
 * office approves it when the room needs approval. {@code confidential}: the meeting's (R5.2);
 * {@code meetingId} null only in what an outsider of it sees ({@link #busy}).
 */
public record RoomBooking(long id, String roomCode, String roomName, Long meetingId, String meetingTitle,
    LocalDateTime startsAt, LocalDateTime endsAt, String bookedBy, LocalDateTime bookedAt, boolean provisional,
    boolean confidential) {

  /**
   * What an outsider of the confidential meeting sees (MeetingAccess): the room is taken (占用) then,
   * not by what — no meeting id to follow, nor who booked it.
   */
  RoomBooking busy() {
    return new RoomBooking(id, roomCode, roomName, null, CalendarEntry.BUSY, startsAt, endsAt, null, null,
        provisional, confidential);
  }

  public boolean overlaps(LocalDateTime from, LocalDateTime to) {
    return startsAt.isBefore(to) && endsAt.isAfter(from);
  }
}
