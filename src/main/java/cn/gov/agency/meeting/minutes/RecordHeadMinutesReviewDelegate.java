package cn.gov.agency.meeting.minutes;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录部门负责人审核意见: the gateway after it routes on the decision. */
@Component("recordHeadMinutesReviewDelegate")
class RecordHeadMinutesReviewDelegate implements JavaDelegate {

  private final MinutesService service;

  RecordHeadMinutesReviewDelegate(MinutesService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecordMinutesReview.record(execution, service, MinutesReviewer.HEAD);
  }
}
