package cn.gov.agency.meeting.leave;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录审批结果: checks and records the host department's decision; the gateway after it routes on it. */
@Component("recordLeaveDecisionDelegate")
class RecordLeaveDecisionDelegate implements JavaDelegate {

  private final LeaveService service;

  RecordLeaveDecisionDelegate(LeaveService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long requestId = service.requestOfProcess(execution.getProcessInstanceId());
    Object comment = execution.getVariable(LeaveVariables.COMMENT);
    String actor = Actor.of(execution);
    LeaveDecision decision = ProcessInput.checked(() -> service.checkDecision(requestId,
        execution.getVariable(LeaveVariables.DECISION), comment, actor));
    service.decide(requestId, decision, comment, actor);
  }
}
