package cn.gov.agency.meeting.reminder;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录提醒已发出: every channel has sent; the meeting's trail says so. */
@Component("recordReminderSentDelegate")
class RecordReminderSentDelegate implements JavaDelegate {

  private final ReminderPlanner planner;

  RecordReminderSentDelegate(ReminderPlanner planner) {
    this.planner = planner;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reminderId = planner.reminderOf(ProcessBinding.meetingId(execution),
        execution.getVariable(ReminderVariables.REMINDER_ID));
    planner.markSent(reminderId, Actor.of(execution));
  }
}
