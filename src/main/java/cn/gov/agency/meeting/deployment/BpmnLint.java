package cn.gov.agency.meeting.deployment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The essential rules of bpmnlint's {@code recommended} set (what Camunda Modeler's lint panel
 * reports), in Java so the application can refuse a diagram the Modeler would have flagged:
 * start-event-required, end-event-required, single-blank-start-event, sub-process-blank-start-event,
 * event-sub-process-typed-start-event, no-disconnected, no-implicit-split, conditional-flows,
 * label-required (for a gateway's conditional flows), no-duplicate-sequence-flows, fake-join,
 * no-gateway-join-fork, superfluous-gateway, no-complex-gateway, single-event-definition, no-bpmndi.
 * no-inclusive-gateway. As in the recommended set, fake-join, superfluous-gateway and
 * no-inclusive-gateway only warn; an inclusive gateway's flows need conditions like an exclusive
 * gateway's, because the Modeler reports an unconditioned one as an error even though Camunda would
 * always take it. The build also runs bpmnlint itself over {@code processes/} ({@code ModelerLintIT}).
 */
public final class BpmnLint {

  private BpmnLint() {}

  /** Adds what blocks a deployment to {@code problems}, what only deserves attention to {@code warnings}. */
  public static void lint(String file, BpmnModelInstance model, List<DeploymentProblem> problems,
      List<DeploymentProblem> warnings) {
    // The engine follows sourceRef/targetRef; a node's own <incoming>/<outgoing> may be missing.
    Map<String, List<SequenceFlow>> incoming = new HashMap<>();
    Map<String, List<SequenceFlow>> outgoing = new HashMap<>();
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (flow.getSource() != null) {
        outgoing.computeIfAbsent(flow.getSource().getId(), id -> new ArrayList<>()).add(flow);
      }
      if (flow.getTarget() != null) {
        incoming.computeIfAbsent(flow.getTarget().getId(), id -> new ArrayList<>()).add(flow);
      }
    }
    Linter linter = new Linter(file, problems, warnings, incoming, outgoing);
    for (Process process : model.getModelElementsByType(Process.class)) {
      linter.scope(process, process.getFlowElements(), false);
    }
    for (SubProcess subProcess : model.getModelElementsByType(SubProcess.class)) {
      linter.scope(subProcess, subProcess.getFlowElements(), subProcess.triggeredByEvent());
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      linter.node(node);
    }
    linter.duplicateFlows(model.getModelElementsByType(SequenceFlow.class));
    linter.diagramInterchange(model);
  }

  private record Linter(String file, List<DeploymentProblem> problems, List<DeploymentProblem> warnings,
      Map<String, List<SequenceFlow>> incomingByNode, Map<String, List<SequenceFlow>> outgoingByNode) {

    void report(BaseElement element, String reason) {
      problems.add(new DeploymentProblem(file, element.getId(), reason));
    }

    void warn(BaseElement element, String reason) {
      warnings.add(new DeploymentProblem(file, element.getId(), reason));
    }

    void scope(BaseElement scope, Collection<FlowElement> elements, boolean eventSubProcess) {
      List<StartEvent> starts = elements.stream().filter(StartEvent.class::isInstance).map(StartEvent.class::cast).toList();
      if (starts.isEmpty()) {
        report(scope, "缺少开始事件（start-event-required）");
      }
      if (!eventSubProcess && elements.stream().noneMatch(EndEvent.class::isInstance)) {
        report(scope, "缺少结束事件（end-event-required）");
      }
      boolean nestedSubProcess = scope instanceof SubProcess && !eventSubProcess;
      for (StartEvent start : starts) {
        boolean blank = start.getEventDefinitions().isEmpty();
        if (eventSubProcess && blank) {
          report(start, "事件子流程的开始事件必须带有事件定义（event-sub-process-typed-start-event）");
        }
        if (nestedSubProcess && !blank) {
          report(start, "子流程的开始事件必须是空白开始事件（sub-process-blank-start-event）");
        }
      }
      if (starts.stream().filter(start -> start.getEventDefinitions().isEmpty()).count() > 1) {
        report(scope, "只能有一个空白开始事件（single-blank-start-event）");
      }
    }

    void node(FlowNode node) {
      Collection<SequenceFlow> incoming = incomingByNode.getOrDefault(node.getId(), List.of());
      Collection<SequenceFlow> outgoing = outgoingByNode.getOrDefault(node.getId(), List.of());
      if (incoming.isEmpty() && outgoing.isEmpty() && !isExempt(node)) {
        report(node, "元素未与任何顺序流连接（no-disconnected）");
      }
      if (node instanceof Event event && eventDefinitions(event) > 1) {
        report(node, "一个事件只能有一个事件定义（single-event-definition）");
      }
      if (node instanceof ComplexGateway) {
        report(node, "不应使用复杂网关（no-complex-gateway）");
      }
      if (node instanceof Gateway) {
        gateway(node, incoming, outgoing);
      } else {
        long unconditional = outgoing.stream().filter(flow -> !isConditionalOrDefault(node, flow)).count();
        if (unconditional > 1) {
          report(node, "隐式分支：多条无条件的出口顺序流，请改用并行网关（no-implicit-split）");
        }
        if (outgoing.stream().anyMatch(flow -> flow.getConditionExpression() != null)) {
          requireConditions(node, outgoing);
        }
        if (incoming.size() > 1) {
          warn(node, "隐式合并：多条进入顺序流，每条都会再次执行该环节（fake-join）");
        }
      }
    }

    private void gateway(FlowNode node, Collection<SequenceFlow> incoming, Collection<SequenceFlow> outgoing) {
      if (incoming.size() > 1 && outgoing.size() > 1) {
        report(node, "网关同时合并和分支，请拆成两个网关（no-gateway-join-fork）");
      }
      if (incoming.size() == 1 && outgoing.size() == 1) {
        warn(node, "多余的网关：只有一条进入和一条出口顺序流（superfluous-gateway）");
      }
      if ((node instanceof ExclusiveGateway || node instanceof InclusiveGateway) && outgoing.size() > 1) {
        requireConditions(node, outgoing);
      }
      if (node instanceof InclusiveGateway) {
        warn(node, "不建议使用包容网关：必走的分支用并行网关，可选的分支各加排他网关（no-inclusive-gateway）");
      }
      if ((node instanceof ExclusiveGateway || node instanceof InclusiveGateway) && outgoing.size() > 1) {
        for (SequenceFlow flow : outgoing) {
          if (flow.getConditionExpression() != null && isBlank(flow.getName())) {
            report(flow, "网关的条件顺序流必须有名称（label-required）");
          }
        }
      }
    }

    private void requireConditions(FlowNode node, Collection<SequenceFlow> outgoing) {
      for (SequenceFlow flow : outgoing) {
        if (!isConditionalOrDefault(node, flow)) {
          report(flow, "顺序流缺少条件，也不是默认流（conditional-flows）");
        }
      }
    }

    void duplicateFlows(Collection<SequenceFlow> flows) {
      Set<List<String>> seen = new HashSet<>();
      for (SequenceFlow flow : flows) {
        ConditionExpression condition = flow.getConditionExpression();
        List<String> key = List.of(flow.getSource().getId(), flow.getTarget().getId(),
            condition == null ? "" : Objects.requireNonNullElse(condition.getTextContent(), "").trim());
        if (!seen.add(key)) {
          report(flow, "重复的顺序流：起点、终点和条件都相同（no-duplicate-sequence-flows）");
        }
      }
    }

    void diagramInterchange(BpmnModelInstance model) {
      Set<String> drawn = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).stream()
          .filter(shape -> shape.getBpmnElement() != null)
          .forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
      model.getModelElementsByType(BpmnEdge.class).stream()
          .filter(edge -> edge.getBpmnElement() != null)
          .forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
      for (ModelElementInstance element : model.getModelElementsByType(FlowElement.class)) {
        if ((element instanceof FlowNode || element instanceof SequenceFlow)
            && !drawn.contains(((BaseElement) element).getId())) {
          report((BaseElement) element, "元素没有图形（no-bpmndi），在 Camunda Modeler 中不可见");
        }
      }
    }

    private static boolean isExempt(FlowNode node) {
      return node instanceof SubProcess subProcess && subProcess.triggeredByEvent()
          || node instanceof Activity activity && activity.isForCompensation()
          || node instanceof BoundaryEvent;
    }

    private static int eventDefinitions(Event event) {
      return event.getChildElementsByType(EventDefinition.class).size();
    }

    private static boolean isConditionalOrDefault(FlowNode node, SequenceFlow flow) {
      if (flow.getConditionExpression() != null) {
        return true;
      }
      BaseElement defaultFlow = null;
      if (node instanceof Activity activity) {
        defaultFlow = activity.getDefault();
      } else if (node instanceof ExclusiveGateway gateway) {
        defaultFlow = gateway.getDefault();
      } else if (node instanceof InclusiveGateway gateway) {
        defaultFlow = gateway.getDefault();
      } else if (node instanceof ComplexGateway gateway) {
        defaultFlow = gateway.getDefault();
      }
      return flow.equals(defaultFlow);
    }

    private static boolean isBlank(String value) {
      return value == null || value.isBlank();
    }
  }
}
