package cn.gov.agency.meeting.materials;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录逾期并告知分管领导: the deadline passed with the materials not sent; the task stays open. */
@Component("recordMaterialsLateDelegate")
class RecordMaterialsLateDelegate implements JavaDelegate {

  private final MaterialsService service;

  RecordMaterialsLateDelegate(MaterialsService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.markLate(ProcessBinding.meetingId(execution), Actor.of(execution));
  }
}
