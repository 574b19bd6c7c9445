package cn.gov.agency.meeting.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.agency.meeting.folders.AdminFolders;
import cn.gov.agency.meeting.deployment.DeploymentCheck;
import cn.gov.agency.meeting.deployment.DeploymentProblem;
import cn.gov.agency.meeting.deployment.DeploymentReport;
import cn.gov.agency.meeting.support.ProcessTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deployment check an administrator's edit passes through: routing by a process variable, an
 * unknown routing method, a group routing used as assignee, a fixed assignee and a task routed to
 * nobody are each refused with a Chinese reason; routing by the record is accepted.
 */
@ProcessTest
class RoutingDeploymentCheckTest {

  @Autowired DeploymentCheck check;

  @TempDir Path copy;

  @BeforeEach
  void copyTheAdminFolders() throws IOException {
    copyTree(Path.of("processes"), copy.resolve("processes"));
    copyTree(Path.of("forms"), copy.resolve("forms"));
  }

  @Test
  void routingByTheRecordPassesAnythingElseIsRefusedWithItsReason() throws IOException {
    edit("processes/meeting-budget.bpmn", "id=\"leaderBudgetReview\" name=\"分管领导审核预算\" camunda:candidateGroups=\"${taskRouting.hostLeaders(execution)}\"",
        "id=\"leaderBudgetReview\" name=\"分管领导审核预算\" camunda:candidateGroups=\"leader-${hostDepartment}\"");
    edit("processes/meeting-materials.bpmn", "camunda:candidateGroups=\"${taskRouting.hostLeaders(execution)}\"",
        "camunda:candidateGroups=\"${taskRouting.leadersOfEveryone(execution)}\"");
    edit("processes/meeting-minutes.bpmn", "camunda:assignee=\"${taskRouting.recorder(execution)}\"",
        "camunda:assignee=\"${taskRouting.hostLeaders(execution)}\"");
    edit("processes/adhoc-meeting-application.bpmn", "camunda:assignee=\"${taskRouting.applicant(execution)}\"",
        "camunda:assignee=\"wangli\"");
    edit("processes/meeting-passing-on.bpmn", " camunda:candidateGroups=\"${taskRouting.passOnDepartmentStaff(execution)}\"",
        "");
    // Accepted: a fixed group beside the record's routing.
    edit("processes/meeting-aftercare.bpmn", "camunda:candidateGroups=\"${taskRouting.hostStaff(execution)}\"",
        "camunda:candidateGroups=\"${taskRouting.hostStaff(execution)},office\"");

    DeploymentReport report = check.check(new AdminFolders(copy.resolve("processes").toString(),
        copy.resolve("forms").toString()));

    assertThat(report.problems()).hasSize(5)
        .extracting(DeploymentProblem::file, DeploymentProblem::elementId)
        .containsExactlyInAnyOrder(tuple("meeting-budget.bpmn", "leaderBudgetReview"),
            tuple("meeting-materials.bpmn", "reviewMaterials"), tuple("meeting-minutes.bpmn", "recordMeeting"),
            tuple("adhoc-meeting-application.bpmn", "reviseApplication"),
            tuple("meeting-passing-on.bpmn", "recordPassingOn"));
    assertThat(reason(report, "leaderBudgetReview")).contains("leader-${hostDepartment}", "不能取自流程变量",
        "${taskRouting.方法(execution)}", "hostLeaders 分管领导");
    assertThat(reason(report, "reviewMaterials")).contains("leadersOfEveryone", "不是 taskRouting 的分派方法");
    assertThat(reason(report, "recordMeeting")).contains("给出的是候选组", "不是办理人");
    assertThat(reason(report, "reviseApplication")).contains("wangli", "不能写成固定用户");
    assertThat(reason(report, "recordPassingOn")).isEqualTo("用户任务没有指定候选组或办理人");
  }

  private static String reason(DeploymentReport report, String elementId) {
    return report.problems().stream().filter(p -> elementId.equals(p.elementId())).findFirst().orElseThrow().reason();
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = copy.resolve(file);
    String content = Files.readString(path, StandardCharsets.UTF_8);
    assertThat(content).as("%s contains %s", file, from).contains(from);
    Files.writeString(path, content.replace(from, to), StandardCharsets.UTF_8);
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
