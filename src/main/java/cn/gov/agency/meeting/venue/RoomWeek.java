package cn.gov.agency.meeting.venue;

import java.time.LocalDate;
import java.util.List;

/** The room calendar of one week (Monday to Sunday): per room, per day, the bookings in time order. */
public record RoomWeek(LocalDate monday, List<LocalDate> days, List<RoomRow> rows) {

  public record RoomRow(Room room, List<List<Slot>> days) {}

  /** A booking as one day shows it: the part of its period within that day; provisional until approved; no id when 占用. */
  public record Slot(String time, Long meetingId, String meetingTitle, boolean provisional) {}
}
