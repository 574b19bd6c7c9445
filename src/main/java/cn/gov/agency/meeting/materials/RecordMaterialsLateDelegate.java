package cn.gov.agency.meeting.materials;

import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MEETING_ID;

import cn.gov.agency.meeting.engine.Actor;
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
    service.markLate((Long) execution.getVariable(MEETING_ID), Actor.of(execution));
  }
}
