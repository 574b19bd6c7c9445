package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 邮件告知 / 系统内告知 / 短信告知: one channel per step (its input cancellationChannel), each its own job, retried on its own. */
@Component("sendCancellationDelegate")
class SendCancellationDelegate implements JavaDelegate {

  private final CancellationSender sender;

  SendCancellationDelegate(CancellationSender sender) {
    this.sender = sender;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sender.send(ProcessBinding.meetingId(execution),
        NoticeChannel.valueOf((String) execution.getVariable(CancellationVariables.CHANNEL)), Actor.of(execution));
  }
}
