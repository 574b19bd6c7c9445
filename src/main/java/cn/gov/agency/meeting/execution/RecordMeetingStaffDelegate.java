package cn.gov.agency.meeting.execution;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记会务分工: stores the named staff and the security check; the recorder gets the recording task. */
@Component("recordMeetingStaffDelegate")
class RecordMeetingStaffDelegate implements JavaDelegate {

  private final MeetingStaffing staffing;

  RecordMeetingStaffDelegate(MeetingStaffing staffing) {
    this.staffing = staffing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StaffingInput input = new StaffingInput(text(execution, ExecutionVariables.RECORDER_NAME),
        text(execution, ExecutionVariables.USHERS), text(execution, ExecutionVariables.SERVICE_STAFF),
        text(execution, ExecutionVariables.SIGN_IN_STAFF),
        (Boolean) execution.getVariable(ExecutionVariables.VENUE_CHECKED),
        text(execution, ExecutionVariables.EMERGENCY_PLAN), text(execution, ExecutionVariables.RESPONSIBILITIES));
    String recorder = ProcessInput.checked(() -> staffing.assign(
        ProcessBinding.meetingId(execution), input, Actor.of(execution)));
    execution.setVariable(LifecycleVariables.RECORDER, recorder);
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
