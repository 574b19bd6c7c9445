package cn.gov.agency.meeting.reimbursement;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 记录财务审核结果: checks finance's overall decision against the items and reimburses or returns
 * the claim; the gateway after it routes on the decision.
 */
@Component("recordClaimReviewDelegate")
class RecordClaimReviewDelegate implements JavaDelegate {

  private final ReimbursementService service;

  RecordClaimReviewDelegate(ReimbursementService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The claim of the meeting this instance is bound to, whatever a claimId variable says.
    long claimId = service.claimOf(ProcessBinding.meetingId(execution)).id();
    // The returned items, their reasons and finance's comment are shown on the claim page.
    ProcessInput.checked(() -> service.decide(claimId,
        execution.getVariable(ReimbursementVariables.FINANCE_DECISION),
        execution.getVariable(ReimbursementVariables.FINANCE_COMMENT), Actor.of(execution)));
  }
}
