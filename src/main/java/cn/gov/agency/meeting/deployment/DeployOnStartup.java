package cn.gov.agency.meeting.deployment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys the admin folders before the organisation bootstrap grants rights on their processes.
 * A folder that fails the check is not deployed: the application starts on the previous
 * deployment and the log says what to fix.
 */
@Component
@Order(10)
class DeployOnStartup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DeployOnStartup.class);

  private final CheckedDeployment deployment;

  DeployOnStartup(CheckedDeployment deployment) {
    this.deployment = deployment;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      deployment.deploy();
    } catch (DeploymentRefusedException e) {
      log.error("Admin folders NOT deployed, the previous deployment stays active. {} problem(s):",
          e.report().problems().size());
      e.report().problems().forEach(problem -> log.error("  {}", problem.describe()));
    }
  }
}
