package cn.gov.agency.meeting.followup;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 准备决议督办 (in 会后工作): one follow-up per resolution of the approved minutes; resolutionCount is
 * the cardinality of the multi-instance call of resolutionFollowUp.
 */
@Component("prepareResolutionFollowUpsDelegate")
class PrepareResolutionFollowUpsDelegate implements JavaDelegate {

  private final FollowUpService service;

  PrepareResolutionFollowUpsDelegate(FollowUpService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int count = service.prepare(ProcessBinding.meetingId(execution), Actor.of(execution));
    execution.setVariable(FollowUpVariables.RESOLUTION_COUNT, count);
  }
}
