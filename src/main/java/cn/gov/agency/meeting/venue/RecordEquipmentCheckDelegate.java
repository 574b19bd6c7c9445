package cn.gov.agency.meeting.venue;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记设备检查: every required device works and a person answers for equipment during the meeting. */
@Component("recordEquipmentCheckDelegate")
class RecordEquipmentCheckDelegate implements JavaDelegate {

  private final VenueForms forms;
  private final VenueService venue;

  RecordEquipmentCheckDelegate(VenueForms forms, VenueService venue) {
    this.forms = forms;
    this.venue = venue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    EquipmentCheckInput input = ProcessInput.checked(() -> forms.readEquipmentCheck(execution.getVariables()));
    ProcessInput.checked(() -> venue.recordEquipmentCheck(meetingId, input, Actor.of(execution)));
  }
}
