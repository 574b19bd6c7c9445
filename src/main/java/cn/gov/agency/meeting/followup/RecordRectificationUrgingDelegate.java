package cn.gov.agency.meeting.followup;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录督促整改: the office's urging, or its decision to close the resolution as not done. */
@Component("recordRectificationUrgingDelegate")
class RecordRectificationUrgingDelegate implements JavaDelegate {

  private final FollowUpService service;
  private final ProcessTime time;

  RecordRectificationUrgingDelegate(FollowUpService service, ProcessTime time) {
    this.service = service;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long followUpId = service.ofProcess(execution.getProcessInstanceId()).id();
    ProcessInput.checked(() -> service.urge(followUpId, execution.getVariables(), Actor.of(execution), time.now()));
  }
}
