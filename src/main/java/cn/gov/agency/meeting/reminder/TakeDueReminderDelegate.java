package cn.gov.agency.meeting.reminder;

import static cn.gov.agency.meeting.reminder.ReminderVariables.IMPORTANT;
import static cn.gov.agency.meeting.reminder.ReminderVariables.REMINDER_DUE;
import static cn.gov.agency.meeting.reminder.ReminderVariables.REMINDER_ID;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 确定本次提醒: the timer fired; which reminder is due is worked out from the meeting as it is now
 * (it may have moved while the timer waited), not from what was planned before.
 */
@Component("takeDueReminderDelegate")
class TakeDueReminderDelegate implements JavaDelegate {

  private final ReminderPlanner planner;
  private final ReminderSchedule schedule;

  TakeDueReminderDelegate(ReminderPlanner planner, ReminderSchedule schedule) {
    this.planner = planner;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    Optional<PlannedReminder> due = planner.takeDue(meetingId, schedule.offsets(meetingId), schedule.now(),
        Actor.of(execution));
    execution.setVariable(REMINDER_DUE, due.isPresent());
    execution.setVariable(REMINDER_ID, due.map(PlannedReminder::id).orElse(null));
    execution.setVariable(IMPORTANT, due.isPresent() && planner.allChannels(meetingId));
  }
}
