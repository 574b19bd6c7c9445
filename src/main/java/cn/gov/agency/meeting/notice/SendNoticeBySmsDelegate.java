package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.engine.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 短信发送: the notice by SMS, for important meetings (R3.3). Runs as its own job, retried on its own. */
@Component("sendNoticeBySmsDelegate")
class SendNoticeBySmsDelegate implements JavaDelegate {

  private final NoticeSender sender;
  private final NoticeService service;

  SendNoticeBySmsDelegate(NoticeSender sender, NoticeService service) {
    this.sender = sender;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sender.sendToAll(service.noticeOfProcess(execution.getProcessInstanceId()), NoticeChannel.SMS,
        Actor.of(execution));
  }
}
