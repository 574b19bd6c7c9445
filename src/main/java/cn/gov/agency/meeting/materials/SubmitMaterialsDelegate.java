package cn.gov.agency.meeting.materials;

import static cn.gov.agency.meeting.materials.MaterialsVariables.MATERIALS_COMMENT;
import static cn.gov.agency.meeting.materials.MaterialsVariables.MATERIALS_DECISION;
import static cn.gov.agency.meeting.materials.MaterialsVariables.MATERIALS_NOTE;
import static cn.gov.agency.meeting.materials.MaterialsVariables.PRINT_COPIES;
import static cn.gov.agency.meeting.materials.MaterialsVariables.SUBMISSION_ID;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 报送审核: records the submission and its print quantity. While a required kind is missing it
 * refuses, so completing 准备会议材料 fails with the missing kinds named and the task stays open.
 */
@Component("submitMaterialsDelegate")
class SubmitMaterialsDelegate implements JavaDelegate {

  private final MaterialsService service;

  SubmitMaterialsDelegate(MaterialsService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MaterialsService.Submitted submitted = ProcessInput.checked(() -> service.submit(
        ProcessBinding.meetingId(execution), Actor.of(execution), execution.getVariable(MATERIALS_NOTE)));
    execution.setVariable(SUBMISSION_ID, submitted.submissionId());
    execution.setVariable(PRINT_COPIES, (long) submitted.printCopies());
    // The leader reviews this submission afresh: no decision of an earlier round on the form.
    execution.removeVariable(MATERIALS_DECISION);
    execution.removeVariable(MATERIALS_COMMENT);
  }
}
