package cn.gov.agency.meeting.reminder;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When 会前提醒's timer (processes/meeting-reminders.bpmn, {@code ${reminderSchedule.nextAt(meetingId)}})
 * fires, read from the meeting and the reminder table of its type rather than from a copied time: a
 * move reaches the waiting timer through the generic {@code process/ScheduleFollower} like every
 * other timer. "Now" is the engine's time, so that what counts as past agrees with when timers fire.
 */
@Component("reminderSchedule")
public class ReminderSchedule {

  private final ReminderPlanner planner;
  private final ReminderOffsetsTable table;
  private final Clock clock;

  ReminderSchedule(ReminderPlanner planner, ReminderOffsetsTable table, Clock clock) {
    this.planner = planner;
    this.table = table;
    this.clock = clock;
  }

  /**
   * The next reminder still to go out, else the meeting's start (the process waits there so that a
   * later move is still followed); now when the meeting has started or was called off.
   */
  public Date nextAt(long meetingId) {
    return date(next(meetingId).orElseGet(this::now));
  }

  /** Whether there is still something to wait for: a reminder, or the meeting's start. */
  boolean waiting(long meetingId) {
    return next(meetingId).isPresent();
  }

  ReminderOffsets offsets(long meetingId) {
    return table.offsets(planner.meeting(meetingId).meetingType());
  }

  LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), clock.getZone());
  }

  private Optional<LocalDateTime> next(long meetingId) {
    return planner.nextWait(meetingId, offsets(meetingId), now());
  }

  private Date date(LocalDateTime time) {
    return Date.from(time.atZone(clock.getZone()).toInstant());
  }
}
