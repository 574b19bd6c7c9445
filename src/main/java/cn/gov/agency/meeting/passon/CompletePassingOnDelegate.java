package cn.gov.agency.meeting.passon;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 核对传达情况: completing 记录会议精神传达 is refused while a department concerned has no record. */
@Component("completePassingOnDelegate")
class CompletePassingOnDelegate implements JavaDelegate {

  private final PassOnService service;

  CompletePassingOnDelegate(PassOnService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessInput.checked(() -> service.complete(ProcessBinding.meetingId(execution),
        Actor.of(execution)));
  }
}
