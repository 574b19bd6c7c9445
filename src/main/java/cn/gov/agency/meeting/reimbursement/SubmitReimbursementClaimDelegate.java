package cn.gov.agency.meeting.reimbursement;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提交报销单: checks the claim (invoices, within the approved budget) and submits it to finance as a new version. */
@Component("submitReimbursementClaimDelegate")
class SubmitReimbursementClaimDelegate implements JavaDelegate {

  private static final List<String> REVIEW_VARIABLES = List.of(ReimbursementVariables.FINANCE_DECISION,
      ReimbursementVariables.FINANCE_COMMENT);

  private final ReimbursementService service;

  SubmitReimbursementClaimDelegate(ReimbursementService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The claim of the meeting this instance is bound to, whatever a claimId variable says.
    long claimId = service.claimOf(ProcessBinding.meetingId(execution)).id();
    ProcessInput.checked(() -> service.submit(claimId, Actor.of(execution)));
    // A new submission gets a fresh review: the last round's decision must not prefill finance's form.
    execution.removeVariables(REVIEW_VARIABLES);
  }
}
