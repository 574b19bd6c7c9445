package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.engine.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录通知已发出: every channel has sent; the office now tracks the receipts. */
@Component("recordNoticeSentDelegate")
class RecordNoticeSentDelegate implements JavaDelegate {

  private final NoticeService service;

  RecordNoticeSentDelegate(NoticeService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.markSent(service.noticeOfProcess(execution.getProcessInstanceId()), Actor.of(execution));
  }
}
