package cn.gov.agency.meeting.hospitality;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记用餐安排: checks the office's catering form against the meeting and records it. */
@Component("recordCateringDelegate")
class RecordCateringDelegate implements JavaDelegate {

  private final CateringService service;

  RecordCateringDelegate(CateringService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    CateringArrangement arranged = ProcessInput.checked(
        () -> service.arrange(meetingId, execution.getVariables(), Actor.of(execution)));
    execution.setVariable(HospitalityVariables.CATERING_ARRANGEMENT_ID, arranged.id());
  }
}
