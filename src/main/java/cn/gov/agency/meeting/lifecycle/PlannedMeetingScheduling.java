package cn.gov.agency.meeting.lifecycle;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.meeting.ParticipantResolver;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting of the approved annual plan has a date or a month only; when it is due, its department
 * fixes the times and the participants, and the meeting enters its lifecycle (preparation first).
 */
@Service
public class PlannedMeetingScheduling {

  private final Meetings meetings;
  private final MeetingEvents events;
  private final ParticipantResolver participantResolver;
  private final MeetingLifecycle lifecycle;
  private final MeetingSchedule schedule;
  private final Clock clock;

  public PlannedMeetingScheduling(Meetings meetings, MeetingEvents events,
      ParticipantResolver participantResolver, MeetingLifecycle lifecycle, MeetingSchedule schedule, Clock clock) {
    this.schedule = schedule;
    this.meetings = meetings;
    this.events = events;
    this.participantResolver = participantResolver;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  /** Schedules the meeting and starts its lifecycle in one transaction: both happen or neither. */
  @Transactional
  public MeetingRecord schedule(long meetingId, ScheduleInput input, String actor) {
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("会议 " + meetingId));
    Violations violations = new Violations("会议安排");
    if (meeting.status() != MeetingStatus.PLANNED) {
      violations.add("status", "会议状态", "planned-only", "只有年度计划中尚未安排的会议才能安排时间和人员");
      violations.throwIfAny();
    }
    LocalDateTime start = time(input.plannedStart(), "plannedStart", "开始时间", violations);
    LocalDateTime end = time(input.plannedEnd(), "plannedEnd", "结束时间", violations);
    if (start != null && end != null && !end.isAfter(start)) {
      violations.add("plannedEnd", "结束时间", "after-start", "必须晚于开始时间");
    }
    if (start != null && !start.isAfter(LocalDateTime.now(clock))) {
      violations.add("plannedStart", "开始时间", "future", "必须晚于当前时间");
    }
    if (start != null && start.getYear() != meeting.year()) {
      violations.add("plannedStart", "开始时间", "plan-year", "必须在计划年度 " + meeting.year() + " 年内");
    }
    List<Participant> participants = new ArrayList<>(
        participantResolver.resolvePeople(blankIfNull(input.participants()), violations));
    participants.addAll(participantResolver.parseGuests(blankIfNull(input.externalGuests()), violations));
    if (participants.isEmpty() && !violations.has("participants")) {
      violations.add("participants", "参会人员", "required", "至少填写一位参会人员");
    }
    violations.throwIfAny();
    if (!schedule.schedule(meetingId, start, end, participants)) {
      violations.add("status", "会议状态", "planned-only", "会议已被他人安排");
      violations.throwIfAny();
    }
    events.record(meetingId, MeetingPreparation.STAGE, "SCHEDULED", actor, start + " – " + end);
    lifecycle.start(meetingId);
    return meetings.find(meetingId).orElseThrow();
  }

  static LocalDateTime time(String value, String field, String label, Violations violations) {
    if (value == null || value.isBlank()) {
      violations.add(field, label, "required", "必须填写");
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      violations.add(field, label, "format", "格式应为 2026-03-02T09:00");
      return null;
    }
  }

  private static String blankIfNull(String value) {
    return value == null ? "" : value;
  }
}
