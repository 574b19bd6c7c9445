package cn.gov.agency.meeting.signin;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 结束签到并统计出勤: writes the attendance record and marks the meeting held. */
@Component("closeSignInDelegate")
class CloseSignInDelegate implements JavaDelegate {

  private final SignInService signIn;

  CloseSignInDelegate(SignInService signIn) {
    this.signIn = signIn;
  }

  @Override
  public void execute(DelegateExecution execution) {
    signIn.close(ProcessBinding.meetingId(execution), Actor.of(execution));
  }
}
