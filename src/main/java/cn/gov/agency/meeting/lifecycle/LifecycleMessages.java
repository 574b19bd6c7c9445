package cn.gov.agency.meeting.lifecycle;

import cn.gov.agency.meeting.meeting.MeetingKey;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** What cancelling a meeting tells its running 会议全流程 (business key = meeting id). */
@Component
class LifecycleMessages {

  static final String MEETING_CANCELLED = "meetingCancelled";

  private final RuntimeService runtimeService;
  private final MeetingProcesses processes;

  LifecycleMessages(RuntimeService runtimeService, MeetingProcesses processes) {
    this.runtimeService = runtimeService;
    this.processes = processes;
  }

  /**
   * Ends the lifecycle through its 会议取消 event subprocess; a meeting without one has nothing to end.
   * As the application: whoever may cancel (checked before) holds no rights on the lifecycle, and
   * as that person the lifecycle would not even be found.
   */
  void cancel(long meetingId) {
    processes.asSystem(() -> {
      ProcessInstance instance = running(meetingId);
      if (instance != null) {
        runtimeService.createMessageCorrelation(MEETING_CANCELLED)
            .processInstanceBusinessKey(MeetingKey.of(meetingId))
            .processInstanceId(instance.getId())
            .correlateExclusively();
      }
      return null;
    });
  }

  private ProcessInstance running(long meetingId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(MeetingLifecycle.PROCESS_KEY)
        .processInstanceBusinessKey(MeetingKey.of(meetingId)).singleResult();
  }
}
