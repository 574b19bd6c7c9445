package cn.gov.agency.meeting.signin;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 发放签到码: opens the sign-in window; the timer waits for its close, which the meeting's schedule knows. */
@Component("issueSignInCodesDelegate")
class IssueSignInCodesDelegate implements JavaDelegate {

  private final SignInService signIn;

  IssueSignInCodesDelegate(SignInService signIn) {
    this.signIn = signIn;
  }

  @Override
  public void execute(DelegateExecution execution) {
    signIn.issueCodes(ProcessBinding.meetingId(execution), Actor.of(execution));
  }
}
