package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 核对通知到位: completing 核实通知到位 is refused while anyone has not confirmed receipt. */
@Component("verifyReceiptsDelegate")
class VerifyReceiptsDelegate implements JavaDelegate {

  private final NoticeService service;

  VerifyReceiptsDelegate(NoticeService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessInput.checked(() -> service.completeTracking(service.noticeOfProcess(execution.getProcessInstanceId()),
        Actor.of(execution)));
  }
}
