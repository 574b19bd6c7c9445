package cn.gov.agency.meeting.deployment;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Deploys the admin folders before the organisation bootstrap grants rights on their processes. */
@Component
@Order(10)
class DeployOnStartup implements ApplicationRunner {

  private final ProcessDeployer deployer;

  DeployOnStartup(ProcessDeployer deployer) {
    this.deployer = deployer;
  }

  @Override
  public void run(ApplicationArguments args) {
    deployer.deploy();
  }
}
