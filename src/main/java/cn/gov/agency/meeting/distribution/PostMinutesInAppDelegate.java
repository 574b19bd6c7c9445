package cn.gov.agency.meeting.distribution;

import cn.gov.agency.meeting.engine.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 系统内分发: the minutes appear on every recipient's 我收到的会议纪要. Its own job, retried on its own. */
@Component("postMinutesInAppDelegate")
class PostMinutesInAppDelegate implements JavaDelegate {

  private final DistributionSender sender;
  private final DistributionService service;

  PostMinutesInAppDelegate(DistributionSender sender, DistributionService service) {
    this.sender = sender;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sender.sendToAll(service.distributionOfProcess(execution.getProcessInstanceId()), DistributionChannel.IN_APP,
        Actor.of(execution));
  }
}
