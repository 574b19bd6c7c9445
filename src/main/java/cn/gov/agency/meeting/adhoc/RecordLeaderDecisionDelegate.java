package cn.gov.agency.meeting.adhoc;

import static cn.gov.agency.meeting.adhoc.AdhocVariables.LEADER_COMMENT;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.LEADER_DECISION;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录审批意见: checks and records the leader's decision; the gateway after it routes on it. */
@Component("recordLeaderDecisionDelegate")
class RecordLeaderDecisionDelegate implements JavaDelegate {

  private final AdhocApplicationService service;

  RecordLeaderDecisionDelegate(AdhocApplicationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object comment = execution.getVariable(LEADER_COMMENT);
    LeaderDecision decision = ProcessInput.checked(
        () -> service.checkLeaderDecision(execution.getVariable(LEADER_DECISION), comment));
    // The application bound to this instance, whatever an applicationId variable says; the actor is the
    // person the entitlement check let complete the leader's task.
    long applicationId = service.ofProcess(execution.getProcessInstanceId()).id();
    service.recordLeaderDecision(applicationId, decision,
        comment == null ? null : comment.toString(), Actor.of(execution));
  }
}
