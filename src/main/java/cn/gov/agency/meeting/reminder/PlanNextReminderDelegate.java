package cn.gov.agency.meeting.reminder;

import static cn.gov.agency.meeting.reminder.ReminderVariables.WAITING;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 计算下一次提醒: records the next reminder (its trail says when it goes out) and whether the process
 * waits on, for a reminder or for the meeting's start. The timer itself reads {@link ReminderSchedule}.
 */
@Component("planNextReminderDelegate")
class PlanNextReminderDelegate implements JavaDelegate {

  private final ReminderPlanner planner;
  private final ReminderSchedule schedule;

  PlanNextReminderDelegate(ReminderPlanner planner, ReminderSchedule schedule) {
    this.planner = planner;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    planner.planNext(meetingId, schedule.offsets(meetingId), schedule.now(), Actor.of(execution));
    execution.setVariable(WAITING, schedule.waiting(meetingId));
  }
}
