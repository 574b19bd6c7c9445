package cn.gov.agency.meeting.distribution;

import cn.gov.agency.meeting.engine.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 邮件分发: the minutes (or, confidential, a notice of them) by e-mail. Its own job, retried on its own. */
@Component("sendMinutesByEmailDelegate")
class SendMinutesByEmailDelegate implements JavaDelegate {

  private final DistributionSender sender;
  private final DistributionService service;

  SendMinutesByEmailDelegate(DistributionSender sender, DistributionService service) {
    this.sender = sender;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sender.sendToAll(service.distributionOfProcess(execution.getProcessInstanceId()), DistributionChannel.EMAIL,
        Actor.of(execution));
  }
}
