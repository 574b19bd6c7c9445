package cn.gov.agency.meeting.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's endpoints over HTTP on PostgreSQL: only camunda-admin checks, deploys and
 * migrates; an unchanged folder deploys nothing; a running meeting stays on its version until the
 * administrator, having seen the plan, moves it to the new one.
 */
@IntegrationTest
class AdminIT {

  private static final String VENUE = "meetingVenue";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired MeetingRows meetings;

  @Test
  void onlyTheAdministratorChecksAndDeploysAndAnUnchangedFolderDeploysNothing() {
    assertThat(RestClient.anonymous(port).post("/api/admin/deployments/check", Map.of()).status()).isEqualTo(401);
    assertThat(RestClient.as("zhouping", port).post("/api/admin/deployments/check", Map.of()).status())
        .isEqualTo(403);
    assertThat(RestClient.as("shenyu", port).post("/api/admin/deployments", Map.of()).status()).isEqualTo(403);

    JsonNode report = RestClient.as("admin", port).post("/api/admin/deployments/check", Map.of()).json();
    assertThat(report.get("problems")).isEmpty();
    long deployments = repositoryService.createDeploymentQuery().count();
    RestClient.Response deployed = RestClient.as("admin", port).post("/api/admin/deployments", Map.of());
    assertThat(deployed.status()).isEqualTo(200);
    assertThat(deployed.json().get("changed").asBoolean()).isFalse();
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void aRunningMeetingMovesToTheNewVersionOnlyWhenTheAdministratorSaysSo() throws Exception {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    String instance = runtimeService.startProcessInstanceByKey(VENUE, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting)).getId();
    ProcessDefinition old = latest();
    // The administrator's edit, deployed as the new version (a task renamed in Modeler).
    String bpmn = Files.readString(Path.of("processes/meeting-venue.bpmn"), StandardCharsets.UTF_8)
        .replace("name=\"预订会议场地\"", "name=\"预订会场\"");
    String deployment = repositoryService.createDeployment().name("admin-it-new-version")
        .addInputStream("meeting-venue.bpmn", new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)))
        .deploy().getId();
    try {
      assertThat(latest().getVersion()).isEqualTo(old.getVersion() + 1);
      assertThat(definitionOf(instance)).as("running meetings keep their version").isEqualTo(old.getId());

      Map<String, Object> body = Map.of("processDefinitionKey", VENUE, "fromVersion", old.getVersion());
      assertThat(RestClient.as("zhouping", port).post("/api/admin/migrations/plan", body).status()).isEqualTo(403);
      JsonNode plan = RestClient.as("admin", port).post("/api/admin/migrations/plan", body).json();
      assertThat(plan.get("targetVersion").asInt()).isEqualTo(old.getVersion() + 1);
      assertThat(plan.get("sources").get(0).get("valid").asBoolean()).isTrue();
      assertThat(plan.get("sources").get(0).get("runningInstances").asLong()).isPositive();
      assertThat(definitionOf(instance)).as("a plan moves nothing").isEqualTo(old.getId());

      assertThat(RestClient.as("zhouping", port).post("/api/admin/migrations", body).status()).isEqualTo(403);
      assertThat(definitionOf(instance)).isEqualTo(old.getId());
      JsonNode moved = RestClient.as("admin", port).post("/api/admin/migrations", body).json();
      assertThat(moved.get("toVersion").asInt()).isEqualTo(old.getVersion() + 1);
      assertThat(definitionOf(instance)).isEqualTo(latest().getId());
      assertThat(RestClient.as("admin", port).post("/api/admin/migrations/plan",
          Map.of("processDefinitionKey", "noSuchProcess")).status()).isEqualTo(400);
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  private ProcessDefinition latest() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(VENUE).latestVersion().singleResult();
  }

  private String definitionOf(String instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getProcessDefinitionId();
  }
}
