package cn.gov.agency.meeting.reminder;

import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 安排会前提醒 in 会议通知, once the notice has gone out: starts 会前提醒 for the meeting (business
 * key = meeting id), unless it already runs (a notice sent again).
 */
@Component("scheduleMeetingRemindersDelegate")
class ScheduleMeetingRemindersDelegate implements JavaDelegate {

  private final ReminderProcess process;

  ScheduleMeetingRemindersDelegate(ReminderProcess process) {
    this.process = process;
  }

  @Override
  public void execute(DelegateExecution execution) {
    process.start(ProcessBinding.meetingId(execution));
  }
}
