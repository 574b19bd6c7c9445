package cn.gov.agency.meeting.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who caused the step a delegate runs in: the logged-in user completing the task or starting the process. */
public final class Actor {

  /** Steps no person caused (timers, jobs) are recorded under this name. */
  public static final String SYSTEM = "system";

  private Actor() {}

  public static String of(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
  }
}
