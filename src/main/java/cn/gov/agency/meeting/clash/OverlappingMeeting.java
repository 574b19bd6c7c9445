package cn.gov.agency.meeting.clash;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A meeting someone already takes part in. A confidential meeting the viewer is not entitled to
 * (R5.2) keeps its time but not its id or title: {@code hidden}, title 占用 (MeetingAccess).
 */
public record OverlappingMeeting(Long meetingId, String title, LocalDateTime start, LocalDateTime end,
    boolean hidden) {

  static final String HIDDEN_TITLE = MeetingAccess.BUSY;
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  static OverlappingMeeting hidden(LocalDateTime start, LocalDateTime end) {
    return new OverlappingMeeting(null, HIDDEN_TITLE, start, end, true);
  }

  String describe() {
    String until = start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end) : DAY_TIME.format(end);
    return DAY_TIME.format(start) + "—" + until + " " + title;
  }
}
