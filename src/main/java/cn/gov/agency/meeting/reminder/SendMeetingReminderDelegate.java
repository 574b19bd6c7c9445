package cn.gov.agency.meeting.reminder;

import cn.gov.agency.meeting.notice.NoticeChannel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 邮件提醒 / 系统内提醒 / 短信提醒: one channel per step (its input reminderChannel), each its own job, retried on its own. */
@Component("sendMeetingReminderDelegate")
class SendMeetingReminderDelegate implements JavaDelegate {

  private final ReminderSender sender;

  SendMeetingReminderDelegate(ReminderSender sender) {
    this.sender = sender;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sender.send(((Number) execution.getVariable(ReminderVariables.REMINDER_ID)).longValue(),
        NoticeChannel.valueOf((String) execution.getVariable(ReminderVariables.CHANNEL)));
  }
}
