package cn.gov.agency.meeting.venue;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import java.time.LocalDateTime;

/**
 * One meeting on the meeting calendar. For a confidential meeting (R5.2) the viewer is not
 * entitled to, only that the room is taken: {@code busy}, no id, title, department or status.
 */
public record CalendarEntry(Long meetingId, LocalDateTime start, LocalDateTime end, String room, String title,
    String hostDepartment, String status, boolean busy) {

  static final String BUSY = MeetingAccess.BUSY;

  static CalendarEntry busy(LocalDateTime start, LocalDateTime end, String room) {
    return new CalendarEntry(null, start, end, room, BUSY, null, null, true);
  }
}
