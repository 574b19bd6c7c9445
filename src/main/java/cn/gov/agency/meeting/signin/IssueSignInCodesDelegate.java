package cn.gov.agency.meeting.signin;

import static cn.gov.agency.meeting.signin.SignInVariables.SIGN_IN_CLOSES_AT;
import static cn.gov.agency.meeting.signin.SignInVariables.SIGN_IN_OPENS_AT;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 发放签到码: opens the sign-in window; the timer waits for its close. */
@Component("issueSignInCodesDelegate")
class IssueSignInCodesDelegate implements JavaDelegate {

  private final SignInService signIn;
  private final Clock clock;

  IssueSignInCodesDelegate(SignInService signIn, Clock clock) {
    this.signIn = signIn;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SignInWindow window = signIn.issueCodes(ProcessBinding.meetingId(execution),
        Actor.of(execution));
    execution.setVariable(SIGN_IN_OPENS_AT, date(window.opensAt()));
    execution.setVariable(SIGN_IN_CLOSES_AT, date(window.closesAt()));
  }

  private Date date(LocalDateTime time) {
    return Date.from(time.atZone(clock.getZone()).toInstant());
  }
}
