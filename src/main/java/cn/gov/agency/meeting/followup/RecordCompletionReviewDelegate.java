package cn.gov.agency.meeting.followup;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录办结审核: accepted closes the resolution on time or late; returned sends it back to the department. */
@Component("recordCompletionReviewDelegate")
class RecordCompletionReviewDelegate implements JavaDelegate {

  private final FollowUpService service;
  private final ProcessTime time;

  RecordCompletionReviewDelegate(FollowUpService service, ProcessTime time) {
    this.service = service;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long followUpId = service.ofProcess(execution.getProcessInstanceId()).id();
    ProcessInput.checked(() -> service.review(followUpId, execution.getVariables(), Actor.of(execution), time.now()));
  }
}
