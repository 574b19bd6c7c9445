package cn.gov.agency.meeting.reminder;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 撤销会前提醒: the meeting was called off; what was still waiting is withdrawn in its trail. */
@Component("withdrawRemindersDelegate")
class WithdrawRemindersDelegate implements JavaDelegate {

  private final ReminderPlanner planner;

  WithdrawRemindersDelegate(ReminderPlanner planner) {
    this.planner = planner;
  }

  @Override
  public void execute(DelegateExecution execution) {
    planner.withdrawAll(ProcessBinding.meetingId(execution),
        Actor.of(execution));
  }
}
