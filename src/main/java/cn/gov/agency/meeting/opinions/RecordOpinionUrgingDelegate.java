package cn.gov.agency.meeting.opinions;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录督促办理: the office's urging, or its decision to close the opinion as not answered. */
@Component("recordOpinionUrgingDelegate")
class RecordOpinionUrgingDelegate implements JavaDelegate {

  private final OpinionService service;
  private final OpinionTime time;

  RecordOpinionUrgingDelegate(OpinionService service, OpinionTime time) {
    this.service = service;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = service.ofProcess(execution.getProcessInstanceId()).id();
    ProcessInput.checked(() -> service.urge(id, execution.getVariables(), Actor.of(execution), time.now()));
  }
}
