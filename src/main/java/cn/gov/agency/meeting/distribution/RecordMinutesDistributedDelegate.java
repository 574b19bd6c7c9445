package cn.gov.agency.meeting.distribution;

import cn.gov.agency.meeting.engine.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录纪要已印发: every channel has reached every recipient. */
@Component("recordMinutesDistributedDelegate")
class RecordMinutesDistributedDelegate implements JavaDelegate {

  private final DistributionService service;

  RecordMinutesDistributedDelegate(DistributionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.complete(service.distributionOfProcess(execution.getProcessInstanceId()), Actor.of(execution));
  }
}
