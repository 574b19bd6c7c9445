package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 邮件告知 / 系统内告知 / 短信告知 of a move: one channel per step (its input moveChannel), each its own retried job. */
@Component("sendMoveDelegate")
class SendMoveDelegate implements JavaDelegate {

  private final MoveSender sender;

  SendMoveDelegate(MoveSender sender) {
    this.sender = sender;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sender.send(ProcessBinding.meetingId(execution), (Long) execution.getVariable(MoveVariables.MOVE_ID),
        NoticeChannel.valueOf((String) execution.getVariable(MoveVariables.CHANNEL)), Actor.of(execution));
  }
}
