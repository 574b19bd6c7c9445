package cn.gov.agency.meeting.materials;

import static cn.gov.agency.meeting.materials.MaterialsVariables.REQUIRED_MATERIALS;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 开始材料准备: opens the uploads and tells the task form what to prepare (by when is the task's due date). */
@Component("openMaterialsDelegate")
class OpenMaterialsDelegate implements JavaDelegate {

  private final MaterialsService service;

  OpenMaterialsDelegate(MaterialsService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MaterialsService.Opened opened = service.open(ProcessBinding.meetingId(execution),
        execution.getProcessInstanceId(), Actor.of(execution));
    execution.setVariable(REQUIRED_MATERIALS, opened.requiredMaterials());
  }
}
