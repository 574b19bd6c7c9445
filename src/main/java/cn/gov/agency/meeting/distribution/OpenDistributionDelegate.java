package cn.gov.agency.meeting.distribution;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 确定分发范围: fixes who gets the approved minutes, in full or as a notice only. */
@Component("openDistributionDelegate")
class OpenDistributionDelegate implements JavaDelegate {

  private final DistributionService service;

  OpenDistributionDelegate(DistributionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = service.open(ProcessBinding.meetingId(execution),
        execution.getProcessInstanceId(), Actor.of(execution));
    execution.setVariable(DistributionVariables.DISTRIBUTION_ID, id);
  }
}
