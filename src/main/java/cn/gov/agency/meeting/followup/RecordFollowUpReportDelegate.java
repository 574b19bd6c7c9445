package cn.gov.agency.meeting.followup;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录落实情况: the department's progress or completion report; the gateway after it routes on its kind. */
@Component("recordFollowUpReportDelegate")
class RecordFollowUpReportDelegate implements JavaDelegate {

  private final FollowUpService service;
  private final ProgressBulletins bulletins;
  private final ProcessTime time;

  RecordFollowUpReportDelegate(FollowUpService service, ProgressBulletins bulletins, ProcessTime time) {
    this.service = service;
    this.bulletins = bulletins;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUp followUp = service.ofProcess(execution.getProcessInstanceId());
    long followUpId = followUp.id();
    ProcessInput.checked(() -> service.report(followUpId, execution.getVariables(), Actor.of(execution), time.now()));
    bulletins.tell(execution, followUp);
  }
}
