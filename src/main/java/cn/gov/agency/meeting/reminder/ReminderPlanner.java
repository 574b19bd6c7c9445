package cn.gov.agency.meeting.reminder;

import cn.gov.agency.meeting.calendar.WorkingCalendarService;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.notice.Delivery.DeliveryStatus;
import cn.gov.agency.meeting.notice.NoticeService;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a meeting's reminders go out: at a set time on a working day before it and a set number of
 * minutes before its start, per meeting type. The times are always worked out from the meeting as it
 * is now, so a move needs nothing of its own here: the waiting timer asks again ({@link #nextWait}) and
 * the reminder is taken when it fires ({@link #takeDue}). A reminder already sent for the same time is
 * not sent twice, and one whose time has passed is skipped, not sent late.
 */
@Service
public class ReminderPlanner {

  static final String STAGE = "reminder";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final ReminderRepository reminders;
  private final Meetings meetings;
  private final NoticeService notices;
  private final WorkingCalendarService calendar;
  private final MeetingEvents events;
  private final Clock clock;

  ReminderPlanner(ReminderRepository reminders, Meetings meetings, NoticeService notices,
      WorkingCalendarService calendar, MeetingEvents events, Clock clock) {
    this.reminders = reminders;
    this.meetings = meetings;
    this.notices = notices;
    this.calendar = calendar;
    this.events = events;
    this.clock = clock;
  }

  /** Both reminders of a meeting starting at {@code start}, earliest first; those switched off left out. */
  private List<Slot> slots(LocalDateTime start, ReminderOffsets offsets) {
    List<Slot> slots = new ArrayList<>(2);
    if (offsets.dayBeforeWorkingDays() > 0) {
      slots.add(new Slot(ReminderKind.DAY_BEFORE, calendar.workingDaysBefore(start.toLocalDate(),
          offsets.dayBeforeWorkingDays()).date().atTime(offsets.dayBeforeTime())));
    }
    if (offsets.minutesBefore() > 0) {
      slots.add(new Slot(ReminderKind.SHORTLY_BEFORE, start.minusMinutes(offsets.minutesBefore())));
    }
    slots.sort(Comparator.comparing(Slot::at));
    return slots;
  }

  /**
   * What 会前提醒 waits for at {@code now}: the earliest reminder still to go out, else the meeting's
   * start (so that a later move is still followed); empty once the meeting has started or was called
   * off. Reads only, so that a move can ask again through the timer's expression.
   */
  public Optional<LocalDateTime> nextWait(long meetingId, ReminderOffsets offsets, LocalDateTime now) {
    MeetingRecord meeting = meeting(meetingId);
    if (!ahead(meeting, now)) {
      return Optional.empty();
    }
    return slots(meeting.plannedStart(), offsets).stream().filter(slot -> slot.at().isAfter(now))
        .filter(slot -> !done(reminders.find(meetingId, slot.kind(), slot.at()))).map(Slot::at).findFirst()
        .or(() -> Optional.of(meeting.plannedStart()));
  }

  /**
   * Records the next reminder as SCHEDULED (its trail says when it will go out). Reminders planned for
   * other times (the meeting moved) are withdrawn; those due at or before {@code now} are recorded as
   * skipped in the meeting's trail.
   */
  @Transactional
  public void planNext(long meetingId, ReminderOffsets offsets, LocalDateTime now, String actor) {
    List<Slot> slots = currentSlots(meetingId, offsets, now, actor);
    for (Slot slot : slots) {
      Optional<PlannedReminder> recorded = reminders.find(meetingId, slot.kind(), slot.at());
      if (done(recorded)) {
        continue;
      }
      if (!slot.at().isAfter(now)) {
        skip(meetingId, slot, recorded, actor);
        continue;
      }
      schedule(meetingId, slot, recorded, actor);
      return;
    }
  }

  /**
   * The reminder to send now that its timer fired: the latest one due at or before {@code now} and
   * before the meeting's start, recorded as SCHEDULED. Earlier ones not yet sent are skipped (their
   * time passed, e.g. the meeting was moved closer), reminders planned for other times are withdrawn.
   * Empty when none is due (the timer waited for the meeting's start, or the meeting moved later).
   */
  @Transactional
  public Optional<PlannedReminder> takeDue(long meetingId, ReminderOffsets offsets, LocalDateTime now, String actor) {
    List<Slot> slots = currentSlots(meetingId, offsets, now, actor);
    MeetingRecord meeting = meeting(meetingId);
    List<Slot> passed = slots.stream().filter(slot -> !slot.at().isAfter(now))
        .filter(slot -> !done(reminders.find(meetingId, slot.kind(), slot.at()))).toList();
    Optional<Slot> due = ahead(meeting, now) && !passed.isEmpty()
        ? Optional.of(passed.get(passed.size() - 1)) : Optional.empty();
    for (Slot slot : passed) {
      if (due.map(slot::equals).orElse(false)) {
        return Optional.of(schedule(meetingId, slot, reminders.find(meetingId, slot.kind(), slot.at()), actor));
      }
      skip(meetingId, slot, reminders.find(meetingId, slot.kind(), slot.at()), actor);
    }
    return Optional.empty();
  }

  /** The meeting's reminders as its times now say; reminders still waiting for other times are withdrawn. */
  private List<Slot> currentSlots(long meetingId, ReminderOffsets offsets, LocalDateTime now, String actor) {
    MeetingRecord meeting = meeting(meetingId);
    List<Slot> slots = meeting.status() == MeetingStatus.CANCELLED || meeting.plannedStart() == null
        ? List.of() : slots(meeting.plannedStart(), offsets);
    for (PlannedReminder scheduled : reminders.withStatus(meetingId, ReminderStatus.SCHEDULED)) {
      if (!slots.contains(new Slot(scheduled.kind(), scheduled.remindAt()))
          && reminders.changeStatus(scheduled.id(), ReminderStatus.WITHDRAWN, now())) {
        events.record(meetingId, STAGE, "moved", actor, describe(scheduled.kind(), scheduled.remindAt()));
      }
    }
    return slots;
  }

  private static boolean ahead(MeetingRecord meeting, LocalDateTime now) {
    return meeting.status() != MeetingStatus.CANCELLED && meeting.plannedStart() != null
        && meeting.plannedStart().isAfter(now);
  }

  private static boolean done(Optional<PlannedReminder> recorded) {
    return recorded.map(r -> r.status() == ReminderStatus.SENT || r.status() == ReminderStatus.SKIPPED).orElse(false);
  }

  private PlannedReminder schedule(long meetingId, Slot slot, Optional<PlannedReminder> recorded, String actor) {
    if (recorded.map(r -> r.status() == ReminderStatus.SCHEDULED).orElse(false)) {
      return recorded.get();
    }
    long id = record(meetingId, slot, recorded, ReminderStatus.SCHEDULED);
    events.record(meetingId, STAGE, "scheduled", actor, describe(slot.kind(), slot.at()));
    return reminders.find(id).orElseThrow();
  }

  private void skip(long meetingId, Slot slot, Optional<PlannedReminder> recorded, String actor) {
    record(meetingId, slot, recorded, ReminderStatus.SKIPPED);
    events.record(meetingId, STAGE, "skipped", actor, describe(slot.kind(), slot.at()) + "，计算时已过，不再补发");
  }

  /** SMS as well when the meeting is important, or its notice went out by SMS (R3.3). */
  public boolean allChannels(long meetingId) {
    return meeting(meetingId).important() || notices.current(meetingId).important();
  }

  /** Every channel has sent; the trail entry says how many messages are 待核实 (their sending was interrupted). */
  @Transactional
  public void markSent(long reminderId, String actor) {
    PlannedReminder reminder = reminder(reminderId);
    if (reminders.changeStatus(reminderId, ReminderStatus.SENT, now())) {
      int unconfirmed = reminders.countDeliveries(reminderId, DeliveryStatus.UNCONFIRMED);
      events.record(reminder.meetingId(), STAGE, "sent", actor, describe(reminder.kind(), reminder.remindAt())
          + (unconfirmed > 0 ? "，" + unconfirmed + " 条发送中断、未重发，待核实是否收到" : ""));
    }
  }

  /** The meeting was called off: whatever is still waiting will not go out. */
  @Transactional
  public void withdrawAll(long meetingId, String actor) {
    for (PlannedReminder scheduled : reminders.withStatus(meetingId, ReminderStatus.SCHEDULED)) {
      if (reminders.changeStatus(scheduled.id(), ReminderStatus.WITHDRAWN, now())) {
        events.record(meetingId, STAGE, "withdrawn", actor, describe(scheduled.kind(), scheduled.remindAt()));
      }
    }
  }

  /**
   * The reminder a step of the meeting's 会前提醒 sends: the one the process planned last, which must be
   * a reminder of that meeting. A reminder id that names another meeting's reminder (a variable
   * changed by hand) is refused rather than sent to the wrong people.
   */
  public long reminderOf(long meetingId, Object reminderId) {
    PlannedReminder reminder = reminderId instanceof Number number ? reminders.find(number.longValue()).orElse(null)
        : null;
    if (reminder == null || reminder.meetingId() != meetingId) {
      throw new IllegalStateException("会前提醒 " + reminderId + " 不是会议 " + meetingId + " 的提醒"
          + " / reminder " + reminderId + " does not belong to meeting " + meetingId);
    }
    return reminder.id();
  }

  public PlannedReminder reminder(long reminderId) {
    return reminders.find(reminderId).orElseThrow(() -> new NoSuchRecordException("meeting reminder " + reminderId));
  }

  MeetingRecord meeting(long meetingId) {
    return meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
  }

  private long record(long meetingId, Slot slot, Optional<PlannedReminder> recorded, ReminderStatus status) {
    if (recorded.isPresent()) {
      reminders.changeStatus(recorded.get().id(), status, now());
      return recorded.get().id();
    }
    return reminders.insert(meetingId, slot.kind(), slot.at(), status, now());
  }

  static String describe(ReminderKind kind, LocalDateTime at) {
    return kind.label() + "（" + TIME.format(at) + "）";
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  /** One reminder's kind and time. */
  private record Slot(ReminderKind kind, LocalDateTime at) {}
}
