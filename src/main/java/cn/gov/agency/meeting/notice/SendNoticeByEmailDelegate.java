package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.engine.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 邮件发送: the notice e-mail with its calendar invitation to every participant. Runs as its own job, retried on its own. */
@Component("sendNoticeByEmailDelegate")
class SendNoticeByEmailDelegate implements JavaDelegate {

  private final NoticeSender sender;
  private final NoticeService service;

  SendNoticeByEmailDelegate(NoticeSender sender, NoticeService service) {
    this.sender = sender;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sender.sendToAll(service.noticeOfProcess(execution.getProcessInstanceId()), NoticeChannel.EMAIL,
        Actor.of(execution));
  }
}
