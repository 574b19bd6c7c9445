package cn.gov.agency.meeting.minutes;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 提交纪要稿: the recorder's working draft, checked complete for the meeting type, becomes a new
 * version for review; refused (the task stays open) naming every missing field or row.
 */
@Component("submitMinutesDelegate")
class SubmitMinutesDelegate implements JavaDelegate {

  private static final List<String> REVIEW_VARIABLES = List.of(MinutesVariables.HEAD_DECISION,
      MinutesVariables.HEAD_COMMENT, MinutesVariables.LEADER_DECISION, MinutesVariables.LEADER_COMMENT,
      MinutesVariables.RETURN_COMMENT);

  private final MinutesService service;

  SubmitMinutesDelegate(MinutesService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MinutesVersion version = ProcessInput.checked(
        () -> service.submit(ProcessBinding.meetingId(execution), Actor.of(execution)));
    execution.setVariable(MinutesVariables.VERSION_ID, version.id());
    execution.setVariable(MinutesVariables.VERSION_NO, (long) version.versionNo());
    // A new version gets fresh reviews: an earlier round's decision must not prefill the next form.
    execution.removeVariables(REVIEW_VARIABLES);
  }
}
