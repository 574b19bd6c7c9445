package cn.gov.agency.meeting.deployment;

import cn.gov.agency.meeting.contract.FormContract;
import cn.gov.agency.meeting.contract.FormField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a person types into a form reaches only the step after it (a transient variable) and is kept in
 * the project's tables, so no later form can show it read-only: the box would stay empty. A form that
 * still shows such a field is refused, naming the form where it is typed; the later form links to the
 * page that shows it instead. A typed field the form keeps as a variable
 * ({@code "properties": {"variable": "true"}}) may be shown anywhere.
 */
final class ReadonlyTypedFieldRule {

  private ReadonlyTypedFieldRule() {}

  /** @param contracts the folder's forms by file name */
  static void check(Map<String, FormContract> contracts, List<DeploymentProblem> problems) {
    Map<String, Set<String>> typedIn = new TreeMap<>();
    Set<String> kept = new TreeSet<>();
    contracts.values().forEach(contract -> contract.fields().forEach(field -> {
      if (field.handedOverTransient()) {
        typedIn.computeIfAbsent(field.key(), key -> new TreeSet<>()).add(contract.formId());
      } else if (!field.readonly()) {
        kept.add(field.key());
      }
    }));
    contracts.forEach((file, contract) -> contract.fields().stream()
        .filter(field -> field.readonly() && typedIn.containsKey(field.key()) && !kept.contains(field.key()))
        .map(FormField::key).sorted()
        .forEach(key -> problems.add(new DeploymentProblem(file, key, "只读字段 " + key + " 是表单「"
            + String.join("」「", typedIn.get(key)) + "」中由办理人填写的内容，不再保存为流程变量（只交给下一步存入业务记录），"
            + "在此只读显示将为空：请改为链接到显示该内容的页面 / typed into another form and kept in the project's "
            + "tables, not in a variable: link to the page that shows it"))));
  }
}
