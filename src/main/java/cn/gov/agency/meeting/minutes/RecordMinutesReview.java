package cn.gov.agency.meeting.minutes;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What both review delegates do for their reviewer: check the form and record the review with its comment. */
final class RecordMinutesReview {

  private RecordMinutesReview() {}

  static void record(DelegateExecution execution, MinutesService service, MinutesReviewer reviewer) {
    Object comment = execution.getVariable(reviewer.commentField());
    MinutesDecision decision = ProcessInput.checked(
        () -> service.checkReview(reviewer, execution.getVariable(reviewer.decisionField()), comment));
    // The recorder reads why it came back on the minutes page (kept with the version), not in a variable.
    service.recordReview(ProcessBinding.meetingId(execution), reviewer, decision, comment,
        Actor.of(execution));
  }
}
