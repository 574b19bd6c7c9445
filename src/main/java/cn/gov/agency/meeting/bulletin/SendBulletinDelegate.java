package cn.gov.agency.meeting.bulletin;

import cn.gov.agency.meeting.engine.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 系统内告知 / 邮件告知 / 短信告知 of a bulletin: one channel per step (its input bulletinChannel), each retried. */
@Component("sendBulletinDelegate")
class SendBulletinDelegate implements JavaDelegate {

  private final BulletinSender sender;

  SendBulletinDelegate(BulletinSender sender) {
    this.sender = sender;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sender.send(((Number) execution.getVariable(BulletinVariables.BULLETIN_ID)).longValue(),
        BulletinChannel.valueOf((String) execution.getVariable(BulletinVariables.CHANNEL)), Actor.of(execution));
  }
}
