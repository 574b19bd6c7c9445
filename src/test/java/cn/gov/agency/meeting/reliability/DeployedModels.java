package cn.gov.agency.meeting.reliability;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the hostile-client suite reads from the deployed models: the latest definition of every
 * process, every user task with its {@code camunda:formRef}, and every variable a process names in
 * an expression (candidate groups, assignees, conditions, timers, input/output parameters, call
 * activity {@code camunda:in}/{@code out} sources, multi-instance collections, listeners) — bean
 * names and {@code delegateExpression}s left out.
 */
final class DeployedModels {

  /** One user task of a deployed process. */
  record ModelTask(String processKey, String processDefinitionId, String taskKey, String name, String formRef) {
    String label() {
      return processKey + "." + taskKey + "（" + name + "）";
    }
  }

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern GET_VARIABLE = Pattern.compile("getVariable(?:Local)?\\(\\s*['\"]([\\w$]+)['\"]");
  private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  /** An identifier not reached through a dot (a property or method) and not called (a function). */
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w$])\\s*([A-Za-z_$][\\w$]*)(?!\\s*[(\\w$])");
  private static final Set<String> EL_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "true",
      "false", "null", "empty", "div", "mod", "instanceof");
  /** What the engine itself resolves in an expression: the scope objects, not variables. */
  private static final Set<String> ENGINE_CONTEXT = Set.of("execution", "task", "externalTask", "caseExecution",
      "authenticatedUserId", "variableScope");
  /** Attributes whose value is a variable name, not an expression. */
  private static final Set<String> NAME_ATTRIBUTES = Set.of("source", "collection", "elementVariable");

  private final RepositoryService repositoryService;
  private final Predicate<String> isBean;

  DeployedModels(RepositoryService repositoryService, Predicate<String> isBean) {
    this.repositoryService = repositoryService;
    this.isBean = isBean;
  }

  List<ProcessDefinition> latestDefinitions() {
    return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
        .sorted(Comparator.comparing(ProcessDefinition::getKey)).toList();
  }

  List<ModelTask> userTasks() {
    List<ModelTask> tasks = new ArrayList<>();
    for (ProcessDefinition definition : latestDefinitions()) {
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        tasks.add(new ModelTask(definition.getKey(), definition.getId(), task.getId(), task.getName(),
            task.getCamundaFormRef()));
      }
    }
    return tasks;
  }

  /** Every variable the process names in any of its expressions or variable mappings. */
  Set<String> expressionVariables(String processDefinitionId) {
    String xml = Bpmn.convertToString(repositoryService.getBpmnModelInstance(processDefinitionId));
    Set<String> names = new LinkedHashSet<>();
    walk(parse(xml).getDocumentElement(), names);
    names.removeIf(name -> EL_WORDS.contains(name) || ENGINE_CONTEXT.contains(name) || isBean.test(name));
    return names;
  }

  private static void walk(Element element, Set<String> names) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String local = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
      if (local.equals("delegateExpression")) {
        continue;
      }
      boolean mapping = element.getLocalName() != null && (element.getLocalName().equals("in")
          || element.getLocalName().equals("out"));
      if (NAME_ATTRIBUTES.contains(local) && (mapping || !local.equals("source"))
          && !attribute.getValue().contains("{")) {
        names.add(attribute.getValue().trim());
      } else if (element.getLocalName() != null && element.getLocalName().equals("inputParameter")
          && local.equals("name") || element.getLocalName() != null
          && element.getLocalName().equals("outputParameter") && local.equals("name")) {
        names.add(attribute.getValue().trim());
      } else {
        identifiers(attribute.getValue(), names);
      }
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element nested) {
        walk(nested, names);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        identifiers(child.getNodeValue(), names);
      }
    }
  }

  /** The variables read by the {@code ${…}} and {@code #{…}} expressions in {@code text}. */
  static void identifiers(String text, Set<String> names) {
    if (text == null) {
      return;
    }
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      String body = expression.group(1);
      Matcher named = GET_VARIABLE.matcher(body);
      while (named.find()) {
        names.add(named.group(1));
      }
      Matcher identifier = IDENTIFIER.matcher(STRING_LITERAL.matcher(body).replaceAll("''"));
      while (identifier.find()) {
        names.add(identifier.group(1));
      }
    }
  }

  private static org.w3c.dom.Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException("deployed model is not XML", e);
    }
  }
}
