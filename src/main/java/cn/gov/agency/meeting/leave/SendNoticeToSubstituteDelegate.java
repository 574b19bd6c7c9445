package cn.gov.agency.meeting.leave;

import cn.gov.agency.meeting.engine.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 向代会人员发送会议通知: runs as its own job, retried like the notice's sending steps. */
@Component("sendNoticeToSubstituteDelegate")
class SendNoticeToSubstituteDelegate implements JavaDelegate {

  private final LeaveService service;

  SendNoticeToSubstituteDelegate(LeaveService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.sendNoticeToSubstitute(service.requestOfProcess(execution.getProcessInstanceId()), Actor.of(execution));
  }
}
