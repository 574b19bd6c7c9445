package cn.gov.agency.meeting.reimbursement;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 建立报销单: opens the held meeting's claim with its notice and sign-in sheet attached. */
@Component("openReimbursementClaimDelegate")
class OpenReimbursementClaimDelegate implements JavaDelegate {

  private final ReimbursementService service;

  OpenReimbursementClaimDelegate(ReimbursementService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReimbursementService.Opened opened = service.open(ProcessBinding.meetingId(execution),
        execution.getProcessInstanceId(), Actor.of(execution));
    execution.setVariable(ReimbursementVariables.CLAIM_ID, opened.claimId());
    execution.setVariable(ReimbursementVariables.CLAIM_PAGE_URL, opened.pageUrl());
  }
}
