package cn.gov.agency.meeting.deployment;

import cn.gov.agency.meeting.folders.AdminFolders;
import java.io.ByteArrayInputStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deploys every diagram, decision table and form of the admin folders as one deployment, so that
 * forms bound with {@code camunda:formRefBinding="deployment"} always travel with their process.
 * Resource names are the paths inside the folders, identical under {@code spring-boot:run} and the
 * jar, so duplicate filtering makes an unchanged folder deploy nothing new.
 */
@Component
public class ProcessDeployer {

  private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

  private final RepositoryService repositoryService;
  private final AdminFolders folders;
  private final String deploymentName;

  public ProcessDeployer(
      RepositoryService repositoryService,
      AdminFolders folders,
      @Value("${meeting.deployment.name:meeting-affairs}") String deploymentName) {
    this.repositoryService = repositoryService;
    this.folders = folders;
    this.deploymentName = deploymentName;
  }

  public DeploymentWithDefinitions deploy() {
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(deploymentName)
        .source("admin-folder")
        .enableDuplicateFiltering(false);
    int count = 0;
    for (AdminFolders.AdminResource resource : folders.processResources()) {
      builder.addInputStream(resource.name(), new ByteArrayInputStream(resource.content()));
      count++;
    }
    for (AdminFolders.AdminResource resource : folders.formResources()) {
      builder.addInputStream(resource.name(), new ByteArrayInputStream(resource.content()));
      count++;
    }
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    boolean changed = deployment.getDeployedProcessDefinitions() != null
        && !deployment.getDeployedProcessDefinitions().isEmpty()
        || deployment.getDeployedDecisionDefinitions() != null
        && !deployment.getDeployedDecisionDefinitions().isEmpty();
    log.info("Deployment '{}' from {}: {} resources, {}", deploymentName, folders.describeSource(),
        count, changed ? "new version " + deployment.getId() : "unchanged");
    return deployment;
  }
}
