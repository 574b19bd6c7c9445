package cn.gov.agency.meeting.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

class BpmnLintTest {

  private final List<DeploymentProblem> problems = new ArrayList<>();
  private final List<DeploymentProblem> warnings = new ArrayList<>();

  @Test
  void cleanDiagramPasses() {
    lint(Bpmn.createExecutableProcess("p").startEvent("s").userTask("t").endEvent("e").done());

    assertThat(problems).isEmpty();
    assertThat(warnings).isEmpty();
  }

  @Test
  void processWithoutEndEventAndADisconnectedTaskIsReported() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("p").startEvent("s").userTask("t").done();
    UserTask lonely = model.newInstance(UserTask.class);
    lonely.setId("lonely");
    model.<Process>getModelElementById("p").addChildElement(lonely);

    lint(model);

    assertThat(problems).extracting(DeploymentProblem::elementId, DeploymentProblem::reason).contains(
        tuple("p", "缺少结束事件（end-event-required）"),
        tuple("lonely", "元素未与任何顺序流连接（no-disconnected）"),
        tuple("lonely", "元素没有图形（no-bpmndi），在 Camunda Modeler 中不可见"));
  }

  @Test
  void exclusiveGatewayNeedsConditionsAndLabelsOnItsFlows() {
    lint(Bpmn.createExecutableProcess("p").startEvent("s").exclusiveGateway("g")
        .sequenceFlowId("conditional").condition(null, "${approved}").endEvent("e1")
        .moveToNode("g").sequenceFlowId("plain").endEvent("e2").done());

    assertThat(problems).extracting(DeploymentProblem::elementId, DeploymentProblem::reason).containsExactlyInAnyOrder(
        tuple("plain", "顺序流缺少条件，也不是默认流（conditional-flows）"),
        tuple("conditional", "网关的条件顺序流必须有名称（label-required）"));
  }

  @Test
  void inclusiveGatewayNeedsConditionsAndIsDiscouraged() {
    lint(Bpmn.createExecutableProcess("p").startEvent("s").inclusiveGateway("g")
        .sequenceFlowId("optional").condition("短信", "${important}").endEvent("e1")
        .moveToNode("g").sequenceFlowId("always").endEvent("e2").done());

    assertThat(problems).extracting(DeploymentProblem::elementId, DeploymentProblem::reason).containsExactly(
        tuple("always", "顺序流缺少条件，也不是默认流（conditional-flows）"));
    assertThat(warnings).extracting(DeploymentProblem::elementId).containsExactly("g");
  }

  @Test
  void gatewayWithOneWayInAndOutOnlyWarns() {
    lint(Bpmn.createExecutableProcess("p").startEvent("s").parallelGateway("g").endEvent("e").done());

    assertThat(problems).isEmpty();
    assertThat(warnings).extracting(DeploymentProblem::elementId).containsExactly("g");
  }

  private void lint(BpmnModelInstance model) {
    BpmnLint.lint("test.bpmn", model, problems, warnings);
  }
}
