package cn.gov.agency.meeting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.folders.AdminFolders;
import cn.gov.agency.meeting.support.ProcessTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A start-up with a broken folder keeps the previous deployment instead of failing or deploying it. */
@ProcessTest
class DeployOnStartupTest {

  private static final String TEST_DEPLOYMENT = "startup-deployment-test";

  @Autowired DeploymentCheck check;
  @Autowired RepositoryService repositoryService;
  @TempDir Path copy;

  @AfterEach
  void removeTheTestDeployments() {
    repositoryService.createDeploymentQuery().deploymentName(TEST_DEPLOYMENT).list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
  }

  @Test
  void brokenFolderIsNotDeployedAtStartUpAndTheApplicationStillStarts() throws IOException {
    DeployOnStartup startup = startupOn(folderWhere("camunda:formRef=\"venue-booking\"", "camunda:formRef=\"nowhere\""));

    startup.run(null);

    assertThat(repositoryService.createDeploymentQuery().deploymentName(TEST_DEPLOYMENT).count()).isZero();
  }

  @Test
  void soundFolderIsDeployedAtStartUp() throws IOException {
    DeployOnStartup startup = startupOn(folderWhere("name=\"预订会议场地\"", "name=\"预订会场\""));

    startup.run(null);

    assertThat(repositoryService.createDeploymentQuery().deploymentName(TEST_DEPLOYMENT).count()).isOne();
  }

  private DeployOnStartup startupOn(AdminFolders folders) {
    return new DeployOnStartup(new CheckedDeployment(check,
        new ProcessDeployer(repositoryService, folders, TEST_DEPLOYMENT), folders));
  }

  private AdminFolders folderWhere(String from, String to) throws IOException {
    copyTree(Path.of("processes"), copy.resolve("processes"));
    copyTree(Path.of("forms"), copy.resolve("forms"));
    Path venue = copy.resolve("processes/meeting-venue.bpmn");
    String content = Files.readString(venue, StandardCharsets.UTF_8);
    assertThat(content).contains(from);
    Files.writeString(venue, content.replace(from, to), StandardCharsets.UTF_8);
    return new AdminFolders(copy.resolve("processes").toString(), copy.resolve("forms").toString());
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
