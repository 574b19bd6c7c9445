package cn.gov.agency.meeting.followup;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录整改情况: the department's rectification report after the office urged it. */
@Component("recordRectificationDelegate")
class RecordRectificationDelegate implements JavaDelegate {

  private final FollowUpService service;
  private final ProgressBulletins bulletins;
  private final ProcessTime time;

  RecordRectificationDelegate(FollowUpService service, ProgressBulletins bulletins, ProcessTime time) {
    this.service = service;
    this.bulletins = bulletins;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUp followUp = service.ofProcess(execution.getProcessInstanceId());
    long followUpId = followUp.id();
    ProcessInput.checked(() -> service.rectify(followUpId, execution.getVariables(), Actor.of(execution), time.now()));
    bulletins.tell(execution, followUp);
  }
}
