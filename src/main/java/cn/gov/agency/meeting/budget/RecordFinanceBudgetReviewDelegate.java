package cn.gov.agency.meeting.budget;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录财务审批意见: checks and records the decision on the version under review; the gateway after it routes on it. */
@Component("recordFinanceBudgetReviewDelegate")
class RecordFinanceBudgetReviewDelegate implements JavaDelegate {

  private final BudgetService service;

  RecordFinanceBudgetReviewDelegate(BudgetService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object comment = execution.getVariable(BudgetVariables.FINANCE_COMMENT);
    ReviewDecision decision = ProcessInput.checked(() -> service.checkReview(Reviewer.FINANCE,
        execution.getVariable(BudgetVariables.FINANCE_DECISION), comment));
    long versionId = service.versionUnderReview(execution.getProcessInstanceId()).id();
    service.recordReview(versionId, Reviewer.FINANCE,
        decision, comment, Actor.of(execution));
  }
}
