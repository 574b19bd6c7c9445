package cn.gov.agency.meeting.opinions;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录办理结果: the department's handling and answer, checked and kept in the opinion's row. */
@Component("recordOpinionHandlingDelegate")
class RecordOpinionHandlingDelegate implements JavaDelegate {

  private final OpinionService service;
  private final OpinionTime time;

  RecordOpinionHandlingDelegate(OpinionService service, OpinionTime time) {
    this.service = service;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = service.ofProcess(execution.getProcessInstanceId()).id();
    ProcessInput.checked(() -> service.handle(id, execution.getVariables(), Actor.of(execution), time.now()));
  }
}
