package cn.gov.agency.meeting.lifecycle;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meeting.PreparationDeadlines;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.venue.RoomBooking;
import cn.gov.agency.meeting.venue.VenueService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会议改期: a scheduled meeting moves to new times and keeps its room if the room is free then.
 * If it is not, nothing changes and the answer names the meeting in the way; otherwise the meeting's
 * schedule moves it (whatever waits on its times follows its announcement) and the booking goes
 * along, in one transaction.
 */
@Service
public class MeetingRescheduling {

  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Meetings meetings;
  private final MeetingEvents events;
  private final VenueService venue;
  private final MeetingSchedule schedule;
  private final MeetingAccess access;
  private final Clock clock;

  MeetingRescheduling(Meetings meetings, MeetingEvents events, VenueService venue, MeetingSchedule schedule,
      MeetingAccess access, Clock clock) {
    this.access = access;
    this.meetings = meetings;
    this.events = events;
    this.venue = venue;
    this.schedule = schedule;
    this.clock = clock;
  }

  @Transactional
  public MeetingRecord reschedule(long meetingId, RescheduleInput input, String actor) {
    MeetingRecord meeting = MeetingChanges.changeable(meetings, meetingId, "改期");
    if (meeting.status() == MeetingStatus.PLANNED || meeting.plannedStart() == null) {
      throw new MeetingChangeRefused("会议“" + meeting.title() + "”尚未安排时间，请先安排会议");
    }
    Violations violations = new Violations("会议改期");
    LocalDateTime start = PlannedMeetingScheduling.time(input.plannedStart(), "plannedStart", "开始时间", violations);
    LocalDateTime end = PlannedMeetingScheduling.time(input.plannedEnd(), "plannedEnd", "结束时间", violations);
    String reason = MeetingChanges.reason(input.reason(), violations);
    if (start != null && end != null && !end.isAfter(start)) {
      violations.add("plannedEnd", "结束时间", "after-start", "必须晚于开始时间");
    }
    if (start != null && !start.isAfter(LocalDateTime.now(clock))) {
      violations.add("plannedStart", "开始时间", "future", "必须晚于当前时间");
    }
    violations.throwIfAny();
    Optional<RoomBooking> booking = venue.bookingOf(meetingId);
    booking.ifPresent(held -> refuseIfTaken(held, meetingId, start, end, actor));
    PreparationDeadlines before = schedule.deadlines(meetingId);
    // Recorded first: what follows the announcement (reminders, sign-in) is recorded after the move itself.
    events.record(meetingId, MeetingChanges.STAGE, "RESCHEDULED", actor, DAY_TIME.format(meeting.plannedStart())
        + " 改为 " + DAY_TIME.format(start) + "—" + DAY_TIME.format(end) + "；原因：" + reason);
    schedule.move(meetingId, start, end, actor, LocalDateTime.now(clock));
    venue.moveBooking(meetingId, actor);
    if (meeting.lifecycleProcessInstanceId() != null) {
      // The notice and materials deadlines (R2.1, R3.3, R3.4) count back from the new day; a stage past a
      // deadline that is now later is no longer late, one that is now past is (the late notice needs its
      // 特殊情况 reason when drafted).
      events.record(meetingId, MeetingChanges.STAGE, "DEADLINES_MOVED", actor,
          schedule.deadlines(meetingId).describe() + "（原" + before.describe() + "）");
    }
    return meetings.find(meetingId).orElseThrow();
  }

  /** The meeting in the way is named only as far as the person moving theirs may know it (R5.2). */
  private void refuseIfTaken(RoomBooking held, long meetingId, LocalDateTime start, LocalDateTime end, String actor) {
    venue.clash(held.roomCode(), start, end, meetingId)
        .ifPresent(other -> {
          throw new MeetingChangeRefused("会议室 " + held.roomName() + "（" + held.roomCode() + "）在新时间已被“"
              + access.titleFor(actor, meetings.find(other.meetingId()).orElseThrow()) + "”（"
              + DAY_TIME.format(other.startsAt()) + "—"
              + DAY_TIME.format(other.endsAt()) + "）预订，会议未改期");
        });
  }
}
