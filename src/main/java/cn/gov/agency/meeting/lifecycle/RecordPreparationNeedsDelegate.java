package cn.gov.agency.meeting.lifecycle;

import static cn.gov.agency.meeting.process.LifecycleVariables.CONFIDENTIAL;
import static cn.gov.agency.meeting.process.LifecycleVariables.IMPORTANT;
import static cn.gov.agency.meeting.process.LifecycleVariables.NEEDS_ACCOMMODATION;
import static cn.gov.agency.meeting.process.LifecycleVariables.NEEDS_CATERING;
import static cn.gov.agency.meeting.process.LifecycleVariables.PREPARATION_NOTE;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录筹备事项: stores the office's choices on the meeting and makes them plain booleans for routing. */
@Component("recordPreparationNeedsDelegate")
class RecordPreparationNeedsDelegate implements JavaDelegate {

  private final MeetingPreparation preparation;
  private final ConfidentialEngineCopies copies;

  RecordPreparationNeedsDelegate(MeetingPreparation preparation, ConfidentialEngineCopies copies) {
    this.preparation = preparation;
    this.copies = copies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // An unticked checkbox may arrive as false or not at all.
    PreparationNeeds needs = new PreparationNeeds(flag(execution, IMPORTANT), flag(execution, NEEDS_CATERING),
        flag(execution, NEEDS_ACCOMMODATION), flag(execution, CONFIDENTIAL));
    Object note = execution.getVariable(PREPARATION_NOTE);
    long meetingId = ProcessBinding.meetingId(execution);
    ProcessInput.checked(() -> preparation.settle(meetingId, needs,
        Actor.of(execution), note == null || note.toString().isBlank() ? null : note.toString().strip()));
    if (needs.confidential()) {
      // 涉密会议 from now on (R5.2): the title and host department the engine holds go neutral at once.
      copies.rewrite(preparation.meeting(meetingId));
    }
    execution.setVariable(IMPORTANT, needs.important());
    execution.setVariable(NEEDS_CATERING, needs.catering());
    execution.setVariable(NEEDS_ACCOMMODATION, needs.accommodation());
    execution.setVariable(CONFIDENTIAL, needs.confidential());
  }

  private static boolean flag(DelegateExecution execution, String name) {
    return Boolean.TRUE.equals(execution.getVariable(name));
  }
}
