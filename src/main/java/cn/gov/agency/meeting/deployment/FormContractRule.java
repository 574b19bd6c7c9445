package cn.gov.agency.meeting.deployment;

import cn.gov.agency.meeting.contract.FormContract;
import cn.gov.agency.meeting.contract.UnsupportedFormException;
import cn.gov.agency.meeting.folders.AdminFolders;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * What keeps the input contract whole when an administrator edits {@code forms/} or
 * {@code processes/}: every form must be one whose submitted data the contract can describe, people's
 * steps use Camunda Forms (an embedded or external form declares nothing the engine could hold a
 * submission against), and no field a person fills in may carry what decides who works a task or
 * which record is acted upon (a variable of an assignment expression, the initiator, an id); and no
 * form shows read-only what a person types into another form ({@link ReadonlyTypedFieldRule}).
 */
final class FormContractRule {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'\"])([A-Za-z_][A-Za-z0-9_]*)(?!\\s*\\()");
  private static final List<String> ASSIGNMENT_ATTRIBUTES = List.of("candidateGroups", "candidateUsers", "assignee");

  private FormContractRule() {}

  static void check(List<AdminFolders.AdminResource> forms, List<AdminFolders.AdminResource> processes,
      List<DeploymentProblem> problems) {
    Map<String, FormContract> contracts = new HashMap<>();
    Map<String, FormContract> byFile = new TreeMap<>();
    for (AdminFolders.AdminResource form : forms) {
      try {
        FormContract contract = FormContract.parse(form.content());
        if (contract.formId() != null) {
          contracts.put(contract.formId(), contract);
          byFile.put(form.name(), contract);
        }
      } catch (UnsupportedFormException e) {
        problems.add(new DeploymentProblem(form.name(), null, "表单无法作为输入约定：" + e.getMessage()));
      }
    }
    ReadonlyTypedFieldRule.check(byFile, problems);
    for (AdminFolders.AdminResource process : processes) {
      if (process.name().endsWith(".bpmn")) {
        checkProcess(process, contracts, problems);
      }
    }
  }

  private static void checkProcess(AdminFolders.AdminResource process, Map<String, FormContract> contracts,
      List<DeploymentProblem> problems) {
    String file = process.name();
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(process.content()));
    } catch (RuntimeException e) {
      return; // DeploymentCheck reports a file that does not parse
    }
    Set<String> protectedNames = protectedNames(model);
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      if (!(element instanceof UserTask) && !(element instanceof StartEvent)) {
        continue;
      }
      if (element.getAttributeValueNs(CAMUNDA_NS, "formKey") != null) {
        problems.add(new DeploymentProblem(file, element.getId(),
            "只能使用 Camunda 表单（formRef）：嵌入式或外部表单（formKey）无法校验办理人提交的内容"));
      }
      FormContract contract = contracts.get(element.getAttributeValueNs(CAMUNDA_NS, "formRef"));
      if (contract == null) {
        continue;
      }
      for (String key : contract.editableKeys()) {
        if (protectedNames.contains(key) || key.endsWith("Id")) {
          problems.add(new DeploymentProblem(file, element.getId(), "表单「" + contract.formId() + "」的可填字段 "
              + key + " 是决定办理人或所办记录的变量，不能由办理人填写"));
        }
      }
    }
  }

  /** Variables that decide who works a task (assignment expressions) and who started the process. */
  private static Set<String> protectedNames(BpmnModelInstance model) {
    Set<String> names = new LinkedHashSet<>();
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      for (String attribute : ASSIGNMENT_ATTRIBUTES) {
        String value = element.getAttributeValueNs(CAMUNDA_NS, attribute);
        if (value != null) {
          names.addAll(identifiers(value));
        }
      }
      String initiator = element.getAttributeValueNs(CAMUNDA_NS, "initiator");
      if (initiator != null) {
        names.add(initiator);
      }
    }
    return names;
  }

  static Set<String> identifiers(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      Matcher identifier = IDENTIFIER.matcher(expression.group(1));
      while (identifier.find()) {
        names.add(identifier.group(1));
      }
    }
    return names;
  }
}
