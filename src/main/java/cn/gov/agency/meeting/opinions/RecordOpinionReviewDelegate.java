package cn.gov.agency.meeting.opinions;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录答复审核: the office's acceptance (answered, in time or late) or its return. */
@Component("recordOpinionReviewDelegate")
class RecordOpinionReviewDelegate implements JavaDelegate {

  private final OpinionService service;
  private final OpinionTime time;

  RecordOpinionReviewDelegate(OpinionService service, OpinionTime time) {
    this.service = service;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = service.ofProcess(execution.getProcessInstanceId()).id();
    ProcessInput.checked(() -> service.review(id, execution.getVariables(), Actor.of(execution), time.now()));
  }
}
