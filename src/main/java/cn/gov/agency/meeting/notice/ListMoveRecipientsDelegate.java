package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 确定通知对象: who is told of the move, fixed once for every channel. */
@Component("listMoveRecipientsDelegate")
class ListMoveRecipientsDelegate implements JavaDelegate {

  private final MoveNotices notices;

  ListMoveRecipientsDelegate(MoveNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.fixRecipients(ProcessBinding.meetingId(execution), (Long) execution.getVariable(MoveVariables.MOVE_ID));
  }
}
