package cn.gov.agency.meeting.minutes;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What both review delegates do for their reviewer: check the form, record the review, tell the recorder why it came back. */
final class RecordMinutesReview {

  private RecordMinutesReview() {}

  static void record(DelegateExecution execution, MinutesService service, MinutesReviewer reviewer) {
    Object comment = execution.getVariable(reviewer.commentField());
    MinutesDecision decision = ProcessInput.checked(
        () -> service.checkReview(reviewer, execution.getVariable(reviewer.decisionField()), comment));
    service.recordReview(ProcessBinding.meetingId(execution), reviewer, decision, comment,
        Actor.of(execution));
    if (decision == MinutesDecision.RETURN) {
      execution.setVariable(MinutesVariables.RETURN_COMMENT, reviewer.label() + "：" + comment.toString().trim());
    }
  }
}
