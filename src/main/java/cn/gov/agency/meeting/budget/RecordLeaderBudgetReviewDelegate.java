package cn.gov.agency.meeting.budget;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录分管领导审核意见: checks and records the decision on the version under review; the gateway after it routes on it. */
@Component("recordLeaderBudgetReviewDelegate")
class RecordLeaderBudgetReviewDelegate implements JavaDelegate {

  private final BudgetService service;

  RecordLeaderBudgetReviewDelegate(BudgetService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object comment = execution.getVariable(BudgetVariables.LEADER_COMMENT);
    ReviewDecision decision = ProcessInput.checked(() -> service.checkReview(Reviewer.LEADER,
        execution.getVariable(BudgetVariables.LEADER_DECISION), comment));
    long versionId = service.versionUnderReview(execution.getProcessInstanceId()).id();
    service.recordReview(versionId, Reviewer.LEADER,
        decision, comment, Actor.of(execution));
  }
}
