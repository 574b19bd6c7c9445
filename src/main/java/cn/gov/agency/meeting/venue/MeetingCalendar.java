package cn.gov.agency.meeting.venue;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.security.CurrentUser;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 会议日历: every scheduled meeting of a week or month with its time, room (the active booking,
 * else the place written on the meeting), host department and status. A confidential meeting
 * shows as {@link MeetingAccess} decides: to an outsider as 占用 with its booked room (R5.2), so
 * the room's use stays visible.
 */
@Service
public class MeetingCalendar {

  private final JdbcTemplate jdbc;
  private final Meetings meetings;
  private final MeetingAccess access;

  public MeetingCalendar(JdbcTemplate jdbc, Meetings meetings, MeetingAccess access) {
    this.jdbc = jdbc;
    this.meetings = meetings;
    this.access = access;
  }

  public List<CalendarEntry> entries(CalendarPeriod period, CurrentUser viewer) {
    List<Row> rows = jdbc.query("""
        select m.id, m.title, m.planned_start, m.planned_end, m.place, m.status, m.confidential, d.name as department,
               (select r.code || ' ' || r.name from room_booking b join room r on r.id = b.room_id
                 where b.meeting_id = m.id and b.cancelled_at is null) as room
          from meeting m join department d on d.code = m.host_department_code
         where m.planned_start < ? and m.planned_end > ?
         order by m.planned_start, m.id""", (rs, i) -> new Row(new CalendarEntry(rs.getLong("id"),
            rs.getTimestamp("planned_start").toLocalDateTime(), rs.getTimestamp("planned_end").toLocalDateTime(),
            rs.getString("room") != null ? rs.getString("room") : rs.getString("place"), rs.getString("title"),
            rs.getString("department"), MeetingStatus.valueOf(rs.getString("status")).label(), false),
            rs.getBoolean("confidential")),
        Timestamp.valueOf(period.to().atStartOfDay()), Timestamp.valueOf(period.from().atStartOfDay()));
    return rows.stream()
        .map(row -> row.confidential() ? asSeenBy(viewer, row.entry()) : Optional.of(row.entry()))
        .flatMap(Optional::stream)
        .toList();
  }

  /** MeetingAccess decides: the whole entry, or 占用 with the booked room only (not a typed place). */
  private Optional<CalendarEntry> asSeenBy(CurrentUser viewer, CalendarEntry entry) {
    MeetingRecord meeting = meetings.find(entry.meetingId()).orElseThrow();
    return access.listedByTime(viewer, meeting)
        .map(view -> view.busy() ? CalendarEntry.busy(entry.start(), entry.end(), view.place()) : entry);
  }

  private record Row(CalendarEntry entry, boolean confidential) {}
}
