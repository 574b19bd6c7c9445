package cn.gov.agency.meeting.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.agency.meeting.folders.AdminFolders;
import cn.gov.agency.meeting.deployment.CheckedDeployment;
import cn.gov.agency.meeting.deployment.DeployedVersions;
import cn.gov.agency.meeting.deployment.DeploymentCheck;
import cn.gov.agency.meeting.deployment.DeploymentProblem;
import cn.gov.agency.meeting.deployment.DeploymentRefusedException;
import cn.gov.agency.meeting.deployment.ProcessDeployer;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meetingtype.MeetingTypeCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.venue.RoomCatalogue;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.support.SecuredMvc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * An administrator's edit of a temporary copy of processes/ and forms/: a broken one is refused
 * with every reason and deploys nothing, a valid one becomes a new version, and a running instance
 * of the old version moves to it. The endpoints answer administrators only.
 */
@ProcessTest
class AdminDeploymentTest {

  private static final String TEST_DEPLOYMENT = "admin-deployment-test";
  private static final String VENUE = "meetingVenue";

  @Autowired WebApplicationContext context;
  @Autowired DeploymentCheck check;
  @Autowired ProcessMigrations migrations;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingTypeCatalogue meetingTypes;
  @Autowired RoomCatalogue rooms;

  @TempDir Path copy;
  CheckedDeployment deployment;
  MockMvc mvc;

  @BeforeEach
  void copyTheAdminFolders() throws IOException {
    copyTree(Path.of("processes"), copy.resolve("processes"));
    copyTree(Path.of("forms"), copy.resolve("forms"));
    AdminFolders folders = new AdminFolders(copy.resolve("processes").toString(), copy.resolve("forms").toString());
    deployment = new CheckedDeployment(check, new ProcessDeployer(repositoryService, folders, TEST_DEPLOYMENT), folders);
    mvc = SecuredMvc.of(context);
  }

  @AfterEach
  void removeTheTestDeployments() {
    repositoryService.createDeploymentQuery().deploymentName(TEST_DEPLOYMENT).list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
  }

  @Test
  void brokenDiagramIsRefusedWithEachReasonAndNothingIsDeployed() throws IOException {
    edit("processes/meeting-venue.bpmn", "camunda:formRef=\"venue-booking\"", "camunda:formRef=\"venue-booking-gone\"");
    edit("processes/meeting-venue.bpmn", "${bookVenueDelegate}", "${bookVenueByMagicDelegate}");
    edit("processes/meeting-venue.bpmn", "camunda:candidateGroups=\"office\"", "camunda:candidateGroups=\"janitors\"");
    edit("processes/annual-plan-auto-start.bpmn", ">0 0 9 1 11 ?<", ">every November<");
    long deployments = repositoryService.createDeploymentQuery().count();
    long definitions = repositoryService.createProcessDefinitionQuery().count();

    AdminController controller = new AdminController(deployment, migrations, meetingTypes, rooms);
    DeploymentRefusedException refused = catchThrowableOfType(DeploymentRefusedException.class,
        () -> controller.deploy(new CurrentUser("admin", List.of("camunda-admin"))));

    assertThat(refused).isNotNull();
    assertThat(refused.report().problems()).hasSize(4)
        .extracting(DeploymentProblem::file, DeploymentProblem::elementId, DeploymentProblem::reason)
        .contains(
            tuple("meeting-venue.bpmn", "bookVenue", "引用的表单 venue-booking-gone 在 forms/ 中不存在"),
            tuple("meeting-venue.bpmn", "bookVenueRoom", "委托表达式 ${bookVenueByMagicDelegate} 没有对应的 Spring Bean"),
            tuple("meeting-venue.bpmn", "bookVenue", "候选组 janitors 不是已定义的角色"));
    assertThat(refused.report().problems()).anySatisfy(problem -> {
      assertThat(problem.file()).isEqualTo("annual-plan-auto-start.bpmn");
      assertThat(problem.elementId()).isEqualTo("yearlyPlanTime");
      assertThat(problem.reason()).contains("timeCycle", "every November", "无法解析");
    });
    ProblemDetail answer = controller.refused(refused);
    assertThat(answer.getStatus()).isEqualTo(400);
    assertThat(answer.getProperties()).extractingByKey("problems").asList().hasSize(4);

    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
  }

  @Test
  void lintFindingsAreRefusedToo() throws IOException {
    edit("processes/meeting-venue.bpmn",
        "<bpmn:sequenceFlow id=\"flowToBookRoom\" sourceRef=\"bookVenue\" targetRef=\"bookVenueRoom\" />",
        "<bpmn:sequenceFlow id=\"flowToBookRoom\" sourceRef=\"bookVenue\" targetRef=\"bookVenueRoom\" />"
            + "<bpmn:sequenceFlow id=\"flowToBookRoomAgain\" sourceRef=\"bookVenue\" targetRef=\"bookVenueRoom\" />");

    var report = deployment.check();

    assertThat(report.passes()).isFalse();
    assertThat(report.problems()).extracting(DeploymentProblem::elementId, DeploymentProblem::reason)
        .contains(
            tuple("bookVenue", "隐式分支：多条无条件的出口顺序流，请改用并行网关（no-implicit-split）"),
            tuple("flowToBookRoomAgain", "重复的顺序流：起点、终点和条件都相同（no-duplicate-sequence-flows）"),
            tuple("flowToBookRoomAgain", "元素没有图形（no-bpmndi），在 Camunda Modeler 中不可见"));
  }

  @Test
  void everyDecisionTableIsEvaluatedOnItsRulesOwnSampleInput() throws IOException {
    // A new table an administrator adds: its first two rules overlap (9 people), which UNIQUE forbids.
    Files.writeString(copy.resolve("processes/catering-cap.dmn"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="cateringCapDefinitions"
                     name="用餐标准" namespace="http://agency.gov.cn/meeting"
                     xmlns:camunda="http://camunda.org/schema/1.0/dmn">
          <decision id="cateringCap" name="用餐标准上限" camunda:historyTimeToLive="P1825D">
            <decisionTable id="cateringCapTable" hitPolicy="UNIQUE">
              <input id="inputHeadCount" label="人数">
                <inputExpression id="inputHeadCountExpression" typeRef="integer"><text>headCount</text></inputExpression>
              </input>
              <output id="outputCap" label="每人上限" name="capPerPerson" typeRef="integer" />
              <rule id="small"><inputEntry id="smallCount"><text>&lt; 10</text></inputEntry>
                <outputEntry id="smallCap"><text>50</text></outputEntry></rule>
              <rule id="upToTen"><inputEntry id="upToTenCount"><text>&lt;= 10</text></inputEntry>
                <outputEntry id="upToTenCap"><text>60</text></outputEntry></rule>
              <rule id="large"><inputEntry id="largeCount"><text>[11..200]</text></inputEntry>
                <outputEntry id="largeCap"><text>40</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """, StandardCharsets.UTF_8);

    var report = deployment.check();

    assertThat(report.problems()).extracting(DeploymentProblem::file, DeploymentProblem::elementId)
        .containsOnly(tuple("catering-cap.dmn", "cateringCap"));
    assertThat(report.problems()).extracting(DeploymentProblem::reason)
        .anySatisfy(reason -> assertThat(reason).startsWith("第 1 条规则的样例输入").contains("headCount=9", "无法求值"))
        .noneSatisfy(reason -> assertThat(reason).startsWith("第 3 条规则"));
  }

  @Test
  void validChangeDeploysAsNewVersionAndRunningInstanceMigrates() throws IOException {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    ProcessInstance running = runtimeService.startProcessInstanceByKey(VENUE, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting));
    ProcessDefinition old = latestVenue();
    edit("processes/meeting-venue.bpmn", "name=\"预订会议场地\"", "name=\"预订会场\"");

    DeployedVersions deployed = deployment.deploy();

    ProcessDefinition latest = latestVenue();
    assertThat(latest.getVersion()).isEqualTo(old.getVersion() + 1);
    assertThat(deployed.changed()).isTrue();
    assertThat(deployed.definitions()).extracting(DeployedVersions.Definition::key, DeployedVersions.Definition::version)
        .contains(tuple(VENUE, latest.getVersion()));
    // Running meetings keep their version until the administrator moves them.
    assertThat(instance(running).getProcessDefinitionId()).isEqualTo(old.getId());

    MigrationPreview preview = migrations.preview(VENUE, old.getVersion());
    assertThat(preview.targetVersion()).isEqualTo(latest.getVersion());
    assertThat(preview.sources()).singleElement().satisfies(source -> {
      assertThat(source.valid()).isTrue();
      assertThat(source.failures()).isEmpty();
      assertThat(source.runningInstances()).isPositive();
    });
    long waiting = preview.sources().get(0).runningInstances();

    MigrationResult result = migrations.migrate(VENUE, old.getVersion());

    assertThat(result.migratedInstances()).isEqualTo(waiting);
    assertThat(instance(running).getProcessDefinitionId()).isEqualTo(latest.getId());
    assertThat(taskService.createTaskQuery().processInstanceId(running.getId()).singleResult())
        .satisfies(task -> {
          assertThat(task.getTaskDefinitionKey()).isEqualTo("bookVenue");
          assertThat(task.getProcessDefinitionId()).isEqualTo(latest.getId());
        });
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(old.getId()).count()).isZero();
  }

  @Test
  void migrationPlanReportsWhatCannotBeMapped() throws IOException {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    ProcessInstance running = runtimeService.startProcessInstanceByKey(VENUE, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting));
    ProcessDefinition old = latestVenue();
    // Renaming the id of the task the instance waits in leaves it nowhere to go.
    editAll("processes/meeting-venue.bpmn", "\"bookVenue\"", "\"reserveVenue\"");
    deployment.deploy();

    MigrationPreview preview = migrations.preview(VENUE, old.getVersion());
    assertThat(preview.sources()).singleElement().satisfies(source -> {
      assertThat(source.valid()).isFalse();
      assertThat(source.failures()).anySatisfy(failure -> assertThat(failure).contains("bookVenue"));
    });
    assertThat(preview.instancesToMove()).isZero();
    assertThatThrownBy(() -> migrations.migrate(VENUE, old.getVersion()))
        .hasMessageContaining("bookVenue");
    assertThat(instance(running).getProcessDefinitionId()).isEqualTo(old.getId());
  }

  @Test
  void onlyAdministratorsReachTheEndpoints() throws Exception {
    String plan = "{\"processDefinitionKey\":\"meetingVenue\"}";
    for (String user : new String[] {"zhouping", "liming", "shenyu", "qianjun"}) {
      as(post("/api/admin/deployments/check"), user).andExpect(status().isForbidden());
      as(post("/api/admin/deployments"), user).andExpect(status().isForbidden());
      as(post("/api/admin/migrations/plan").contentType(MediaType.APPLICATION_JSON).content(plan), user)
          .andExpect(status().isForbidden());
      as(post("/api/admin/migrations").contentType(MediaType.APPLICATION_JSON)
          .content("{\"processDefinitionKey\":\"meetingVenue\",\"fromVersion\":1}"), user)
          .andExpect(status().isForbidden());
    }
    as(post("/api/admin/deployments/check"), "admin").andExpect(status().isOk())
        .andExpect(jsonPath("$.problems").isEmpty());
    as(post("/api/admin/deployments"), "admin").andExpect(status().isOk())
        .andExpect(jsonPath("$.changed").value(false));
    as(post("/api/admin/migrations/plan").contentType(MediaType.APPLICATION_JSON).content(plan), "admin")
        .andExpect(status().isOk()).andExpect(jsonPath("$.processDefinitionKey").value(VENUE));
    as(post("/api/admin/migrations").contentType(MediaType.APPLICATION_JSON)
        .content("{\"processDefinitionKey\":\"meetingVenue\"}"), "admin")
        .andExpect(status().isBadRequest());
  }

  private ProcessDefinition latestVenue() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(VENUE).latestVersion().singleResult();
  }

  private ProcessInstance instance(ProcessInstance running) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult();
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = copy.resolve(file);
    String content = Files.readString(path, StandardCharsets.UTF_8);
    assertThat(content).as("%s contains %s", file, from).contains(from);
    Files.writeString(path, content.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
  }

  private void editAll(String file, String from, String to) throws IOException {
    Path path = copy.resolve(file);
    String content = Files.readString(path, StandardCharsets.UTF_8);
    assertThat(content).as("%s contains %s", file, from).contains(from);
    Files.writeString(path, content.replace(from, to), StandardCharsets.UTF_8);
  }

  private ResultActions as(MockHttpServletRequestBuilder request, String user) throws Exception {
    return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))));
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
