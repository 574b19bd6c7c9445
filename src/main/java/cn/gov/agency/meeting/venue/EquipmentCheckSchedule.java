package cn.gov.agency.meeting.venue;

import cn.gov.agency.meeting.calendar.WorkingCalendarService;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When 会前设备检查 (processes/meeting-equipment-check.bpmn) opens and is due, read from the meeting
 * itself rather than from a copy of its times, so a moved meeting's check only needs its timer and
 * due date computed again. A check is done shortly before the meeting, not when the room is booked:
 * a room set up weeks ahead may be changed or broken by the day.
 */
@Component("equipmentCheckSchedule")
public class EquipmentCheckSchedule {

  private final Meetings meetings;
  private final WorkingCalendarService calendar;
  private final VenueSettings settings;
  private final Clock clock;

  EquipmentCheckSchedule(Meetings meetings, WorkingCalendarService calendar, VenueSettings settings,
      Clock clock) {
    this.meetings = meetings;
    this.calendar = calendar;
    this.settings = settings;
    this.clock = clock;
  }

  /** The configured time on the configured working day before the meeting, never after its start. */
  public Date opensAt(long meetingId) {
    LocalDateTime start = start(meetingId);
    VenueSettings.EquipmentCheck check = settings.equipmentCheck();
    LocalDateTime opens = calendar.current().workingDaysBefore(start.toLocalDate(), check.workingDaysBefore())
        .atTime(check.time());
    return date(opens.isAfter(start) ? start : opens);
  }

  /** The check must be done before the meeting starts. */
  public Date dueAt(long meetingId) {
    return date(start(meetingId));
  }

  private LocalDateTime start(long meetingId) {
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow();
    if (meeting.plannedStart() == null) {
      throw new IllegalStateException("会议 " + meetingId + " 尚未安排时间，无法安排会前设备检查");
    }
    return meeting.plannedStart();
  }

  private Date date(LocalDateTime time) {
    return Date.from(time.atZone(clock.getZone()).toInstant());
  }
}
