package cn.gov.agency.meeting.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The meeting's schedule, and the one writer of its row: its times, place and status, and what is
 * counted from its times (the notice and materials deadlines, the sign-in close, the latest due date
 * of a task that must be done before it). The meeting's processes hold no copies of these: their
 * timers and due dates ask here through bean expressions ({@code ${meetingSchedule.signInClosesAt(meetingId)}}),
 * so a move, announced as {@link MeetingRescheduled}, only has to make the engine ask again
 * ({@code process/ScheduleFollower}). The answers for the engine are {@link Date}s in the agency's zone.
 */
@Service
public class MeetingSchedule {

  private final MeetingRepository meetings;
  private final PreparationSchedule preparation;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  MeetingSchedule(MeetingRepository meetings, PreparationSchedule preparation, ApplicationEventPublisher publisher,
      Clock clock) {
    this.meetings = meetings;
    this.preparation = preparation;
    this.publisher = publisher;
    this.clock = clock;
  }

  public Date start(long meetingId) {
    return date(scheduled(meetingId).plannedStart());
  }

  public Date end(long meetingId) {
    return date(scheduled(meetingId).plannedEnd());
  }

  /** Sign-in closes when the meeting ends (R4.1); whoever has not signed in by then is absent. */
  public Date signInClosesAt(long meetingId) {
    return end(meetingId);
  }

  /** The regulation's notice deadline (R2.1, R3.3): a notice drafted after it needs its reason. */
  public Date noticeDeadline(long meetingId) {
    return date(deadlines(meetingId).noticeDeadline());
  }

  /** When the notice is due: its deadline, or the start of a short-notice meeting (短期会议). */
  public Date noticeDue(long meetingId) {
    return date(deadlines(meetingId).noticeDue());
  }

  /** When the materials are due (R3.4): their deadline, or the start of a short-notice meeting. */
  public Date materialsDue(long meetingId) {
    return date(deadlines(meetingId).materialsDue());
  }

  public Date noticeEscalationAt(long meetingId) {
    return date(deadlines(meetingId).noticeEscalationAt());
  }

  public Date materialsEscalationAt(long meetingId) {
    return date(deadlines(meetingId).materialsEscalationAt());
  }

  /** The notice and materials deadlines (R2.1, R3.3, R3.4) of the meeting as its times stand. */
  public PreparationDeadlines deadlines(long meetingId) {
    MeetingRecord meeting = scheduled(meetingId);
    return preparation.deadlinesFor(meeting.meetingType(), meeting.plannedStart(), meeting.timesFixedAt());
  }

  /**
   * The latest a task created at {@code createdAt} may fall due: the meeting's start, when the task
   * came before it (whatever is asked before a meeting is needed for it); none for a task that came
   * after the start (minutes, claims) or a meeting without times.
   */
  public LocalDateTime latestDueOf(long meetingId, LocalDateTime createdAt) {
    LocalDateTime start = meetings.find(meetingId).map(MeetingRecord::plannedStart).orElse(null);
    return start != null && createdAt.isBefore(start) ? start : null;
  }

  /**
   * 会议改期 at {@code movedAt}: the meeting's new times, and the announcement every feature that
   * scheduled something for it follows, in the caller's transaction. Whether the meeting may move is
   * the caller's rule.
   */
  public MeetingRecord move(long meetingId, LocalDateTime start, LocalDateTime end, String actor,
      LocalDateTime movedAt) {
    MeetingRecord before = scheduled(meetingId);
    meetings.moveTimes(meetingId, start, end, movedAt);
    publisher.publishEvent(new MeetingRescheduled(meetingId, before.plannedStart(), before.plannedEnd(), start, end,
        actor));
    return meetings.find(meetingId).orElseThrow();
  }

  /** An approved, filed meeting with its participants (APPROVED): its times are fixed as it is filed. */
  public MeetingRecord file(NewMeeting meeting, LocalDateTime filedAt) {
    return meetings.insertFiled(meeting, filedAt);
  }

  /** A meeting of an approved annual plan (PLANNED): a date or a month, its times come later. */
  public long plan(PlannedMeeting meeting, LocalDateTime now) {
    return meetings.insertPlanned(meeting, now);
  }

  /** Moves the meeting on only from the status it is expected to be in; false if it was not. */
  public boolean changeStatus(long meetingId, MeetingStatus from, MeetingStatus to) {
    return meetings.updateStatus(meetingId, from, to);
  }

  /** What the office settled when preparation started: importance, catering, accommodation, 涉密 (R5.2). */
  public void settle(long meetingId, boolean important, boolean needsCatering, boolean needsAccommodation,
      boolean confidential) {
    meetings.updatePreparationNeeds(meetingId, important, needsCatering, needsAccommodation);
    meetings.updateConfidential(meetingId, confidential);
  }

  /** The room booked for the meeting becomes its place (what the notice states). */
  public void placeAt(long meetingId, String place) {
    meetings.updatePlace(meetingId, place);
  }

  /** The meeting is an occurrence of a series (例会), on the date its rule gave. */
  public void joinSeries(long meetingId, long seriesId, LocalDate ruleDate) {
    meetings.linkSeries(meetingId, seriesId, ruleDate);
  }

  public void linkLifecycle(long meetingId, String processInstanceId) {
    meetings.linkLifecycle(meetingId, processInstanceId);
  }

  /** Gives a planned meeting its times and participants (APPROVED from then on); false if it was no longer PLANNED. */
  public boolean schedule(long meetingId, LocalDateTime start, LocalDateTime end, List<Participant> participants) {
    return meetings.schedule(meetingId, start, end, participants, LocalDateTime.now(clock));
  }

  private MeetingRecord scheduled(long meetingId) {
    MeetingRecord meeting = meetings.find(meetingId)
        .orElseThrow(() -> new IllegalStateException("meeting " + meetingId + " does not exist"));
    if (meeting.plannedStart() == null) {
      throw new IllegalStateException("meeting " + meetingId + " has no times yet");
    }
    return meeting;
  }

  private Date date(LocalDateTime time) {
    return Date.from(time.atZone(clock.getZone()).toInstant());
  }
}
