package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 确定通知对象: who is told of the cancellation, fixed once for every channel. */
@Component("listCancellationRecipientsDelegate")
class ListCancellationRecipientsDelegate implements JavaDelegate {

  private final CancellationNotices notices;

  ListCancellationRecipientsDelegate(CancellationNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.fixRecipients(ProcessBinding.meetingId(execution));
  }
}
