package cn.gov.agency.meeting.reminder;

import cn.gov.agency.meeting.notice.NoticeChannel;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 邮件提醒 / 系统内提醒 / 短信提醒: one channel per step (its input reminderChannel), each its own job, retried on its own. */
@Component("sendMeetingReminderDelegate")
class SendMeetingReminderDelegate implements JavaDelegate {

  private final ReminderSender sender;
  private final ReminderPlanner planner;

  SendMeetingReminderDelegate(ReminderSender sender, ReminderPlanner planner) {
    this.sender = sender;
    this.planner = planner;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reminderId = planner.reminderOf(ProcessBinding.meetingId(execution),
        execution.getVariable(ReminderVariables.REMINDER_ID));
    sender.send(reminderId, NoticeChannel.valueOf((String) execution.getVariable(ReminderVariables.CHANNEL)));
  }
}
