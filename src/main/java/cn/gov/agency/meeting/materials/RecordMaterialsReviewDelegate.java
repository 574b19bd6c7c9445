package cn.gov.agency.meeting.materials;

import static cn.gov.agency.meeting.materials.MaterialsVariables.MATERIALS_COMMENT;
import static cn.gov.agency.meeting.materials.MaterialsVariables.MATERIALS_DECISION;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录审核意见: checks and records the leader's decision; the gateway after it routes on it. */
@Component("recordMaterialsReviewDelegate")
class RecordMaterialsReviewDelegate implements JavaDelegate {

  private final MaterialsService service;

  RecordMaterialsReviewDelegate(MaterialsService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object comment = execution.getVariable(MATERIALS_COMMENT);
    MaterialsDecision decision = ProcessInput.checked(
        () -> service.checkReview(execution.getVariable(MATERIALS_DECISION), comment));
    // The comment is kept with the submission and shown on the materials page, never copied into a variable.
    String text = comment == null ? null : comment.toString();
    service.recordReview(ProcessBinding.meetingId(execution), decision, text, Actor.of(execution));
  }
}
