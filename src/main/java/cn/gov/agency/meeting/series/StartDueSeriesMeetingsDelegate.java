package cn.gov.agency.meeting.series;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 启动临近的周期会议: series occurrences that came within the horizon enter their lifecycle. */
@Component("startDueSeriesMeetingsDelegate")
class StartDueSeriesMeetingsDelegate implements JavaDelegate {

  static final String STARTED = "startedLifecycles";

  private final MeetingSeriesService service;

  StartDueSeriesMeetingsDelegate(MeetingSeriesService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(STARTED, service.startDueLifecycles());
  }
}
