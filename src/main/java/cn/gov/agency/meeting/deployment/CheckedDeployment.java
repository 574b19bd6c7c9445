package cn.gov.agency.meeting.deployment;

import cn.gov.agency.meeting.folders.AdminFolders;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.stereotype.Component;

/**
 * Deploys the admin folders only when {@link DeploymentCheck} finds nothing wrong, so an edit that
 * would break at run time never reaches the engine and running meetings keep the last good version.
 */
@Component
public class CheckedDeployment {

  private final DeploymentCheck check;
  private final ProcessDeployer deployer;
  private final AdminFolders folders;

  public CheckedDeployment(DeploymentCheck check, ProcessDeployer deployer, AdminFolders folders) {
    this.check = check;
    this.deployer = deployer;
    this.folders = folders;
  }

  public DeploymentReport check() {
    return check.check(folders);
  }

  public DeployedVersions deploy() {
    DeploymentReport report = check();
    if (!report.passes()) {
      throw new DeploymentRefusedException(report);
    }
    DeploymentWithDefinitions deployment = deployer.deploy();
    List<DeployedVersions.Definition> definitions = new ArrayList<>();
    if (deployment.getDeployedProcessDefinitions() != null) {
      deployment.getDeployedProcessDefinitions().forEach(definition -> definitions.add(new DeployedVersions.Definition(
          "process", definition.getKey(), definition.getVersion(), definition.getId())));
    }
    if (deployment.getDeployedDecisionDefinitions() != null) {
      deployment.getDeployedDecisionDefinitions().forEach(definition -> definitions.add(new DeployedVersions.Definition(
          "decision", definition.getKey(), definition.getVersion(), definition.getId())));
    }
    return new DeployedVersions(deployment.getId(), !definitions.isEmpty(), definitions);
  }
}
