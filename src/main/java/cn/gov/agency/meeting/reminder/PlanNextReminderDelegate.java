package cn.gov.agency.meeting.reminder;

import static cn.gov.agency.meeting.reminder.ReminderVariables.DAY_BEFORE_TIME;
import static cn.gov.agency.meeting.reminder.ReminderVariables.DAY_BEFORE_WORKING_DAYS;
import static cn.gov.agency.meeting.reminder.ReminderVariables.IMPORTANT;
import static cn.gov.agency.meeting.reminder.ReminderVariables.MINUTES_BEFORE;
import static cn.gov.agency.meeting.reminder.ReminderVariables.REMINDER_AT;
import static cn.gov.agency.meeting.reminder.ReminderVariables.REMINDER_ID;
import static cn.gov.agency.meeting.reminder.ReminderVariables.REMINDER_PENDING;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 计算下一次提醒: the next reminder and its timer date. "Now" is the engine's time, so that what
 * counts as already past agrees with when the engine fires timers.
 */
@Component("planNextReminderDelegate")
class PlanNextReminderDelegate implements JavaDelegate {

  private final ReminderPlanner planner;
  private final Clock clock;

  PlanNextReminderDelegate(ReminderPlanner planner, Clock clock) {
    this.planner = planner;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    ReminderOffsets offsets = ReminderOffsets.of(execution.getVariable(DAY_BEFORE_WORKING_DAYS),
        execution.getVariable(DAY_BEFORE_TIME), execution.getVariable(MINUTES_BEFORE));
    LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), clock.getZone());
    Optional<PlannedReminder> next = planner.planNext(meetingId, offsets, now, Actor.of(execution));
    execution.setVariable(REMINDER_PENDING, next.isPresent());
    execution.setVariable(REMINDER_ID, next.map(PlannedReminder::id).orElse(null));
    execution.setVariable(REMINDER_AT,
        next.map(r -> Date.from(r.remindAt().atZone(clock.getZone()).toInstant())).orElse(null));
    execution.setVariable(IMPORTANT, next.isPresent() && planner.allChannels(meetingId));
  }
}
