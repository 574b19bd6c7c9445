package cn.gov.agency.meeting.minutes;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录分管领导审定意见: approved, the version is final; the gateway after it routes on the decision. */
@Component("recordLeaderMinutesReviewDelegate")
class RecordLeaderMinutesReviewDelegate implements JavaDelegate {

  private final MinutesService service;

  RecordLeaderMinutesReviewDelegate(MinutesService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecordMinutesReview.record(execution, service, MinutesReviewer.LEADER);
  }
}
