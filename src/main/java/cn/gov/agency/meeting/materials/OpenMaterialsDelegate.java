package cn.gov.agency.meeting.materials;

import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MATERIALS_DEADLINE;
import static cn.gov.agency.meeting.materials.MaterialsVariables.MATERIALS_DUE;
import static cn.gov.agency.meeting.materials.MaterialsVariables.REQUIRED_MATERIALS;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 开始材料准备: opens the uploads and tells the task form what to prepare, by when, and where. */
@Component("openMaterialsDelegate")
class OpenMaterialsDelegate implements JavaDelegate {

  private final MaterialsService service;

  OpenMaterialsDelegate(MaterialsService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date deadline = (Date) execution.getVariable(MATERIALS_DEADLINE);
    MaterialsService.Opened opened = service.open(ProcessBinding.meetingId(execution),
        execution.getProcessInstanceId(), deadline == null ? null : deadline.toInstant(), Actor.of(execution));
    execution.setVariable(REQUIRED_MATERIALS, opened.requiredMaterials());
    execution.setVariable(MATERIALS_DUE, opened.due());
  }
}
