package cn.gov.agency.meeting.budget;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记预算版本: checks the drafted or revised budget and records it as a new version for review. */
@Component("recordBudgetVersionDelegate")
class RecordBudgetVersionDelegate implements JavaDelegate {

  private static final List<String> REVIEW_VARIABLES = List.of(BudgetVariables.LEADER_DECISION,
      BudgetVariables.LEADER_COMMENT, BudgetVariables.FINANCE_DECISION, BudgetVariables.FINANCE_COMMENT);

  private final BudgetForm form;
  private final BudgetService service;

  RecordBudgetVersionDelegate(BudgetForm form, BudgetService service) {
    this.form = form;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    // The comparison with the meeting's estimate is input checking too: refused, the task stays open.
    BudgetVersion version = ProcessInput.checked(() -> service.recordVersion(meetingId,
        execution.getProcessInstanceId(), form.read(execution.getVariables()), Actor.of(execution)));
    execution.setVariable(BudgetVariables.BUDGET_VERSION_ID, version.id());
    // A new version gets fresh reviews: an earlier round's decision must not prefill the next form.
    execution.removeVariables(REVIEW_VARIABLES);
  }
}
