package cn.gov.agency.meeting.distribution;

import cn.gov.agency.meeting.engine.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 邮件分发: the minutes (or, confidential, a notice of them) by e-mail. Its own job, retried on its own. */
@Component("sendMinutesByEmailDelegate")
class SendMinutesByEmailDelegate implements JavaDelegate {

  private final DistributionSender sender;

  SendMinutesByEmailDelegate(DistributionSender sender) {
    this.sender = sender;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sender.sendToAll((Long) execution.getVariable(DistributionVariables.DISTRIBUTION_ID), DistributionChannel.EMAIL,
        Actor.of(execution));
  }
}
