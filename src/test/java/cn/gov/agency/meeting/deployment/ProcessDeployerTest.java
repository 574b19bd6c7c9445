package cn.gov.agency.meeting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.support.ProcessTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class ProcessDeployerTest {

  @Autowired ProcessDeployer deployer;
  @Autowired RepositoryService repositoryService;

  @Test
  void redeployingUnchangedFoldersCreatesNoNewVersions() {
    long definitions = repositoryService.createProcessDefinitionQuery().count();
    long deployments = repositoryService.createDeploymentQuery().count();

    var result = deployer.deploy();

    assertThat(result.getDeployedProcessDefinitions()).isNullOrEmpty();
    assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void resourcesAreDeployedUnderStableNamesTogetherWithTheirForms() {
    var deployment = repositoryService.createDeploymentQuery().deploymentName("meeting-affairs")
        .orderByDeploymentTime().desc().list().get(0);
    assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
        .contains("adhoc-meeting-application.bpmn", "meeting-lead-times.dmn", "adhoc-application.form",
            "adhoc-leader-approval.form")
        .allMatch(name -> !name.startsWith("/") && !name.contains("processes/"));
  }
}
