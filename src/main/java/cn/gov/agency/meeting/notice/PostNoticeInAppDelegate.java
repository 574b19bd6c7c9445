package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.engine.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 系统内通知: the notice appears on every participant's 我的会议通知 page. Runs as its own job, retried on its own. */
@Component("postNoticeInAppDelegate")
class PostNoticeInAppDelegate implements JavaDelegate {

  private final NoticeSender sender;
  private final NoticeService service;

  PostNoticeInAppDelegate(NoticeSender sender, NoticeService service) {
    this.sender = sender;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sender.sendToAll(service.noticeOfProcess(execution.getProcessInstanceId()), NoticeChannel.IN_APP,
        Actor.of(execution));
  }
}
