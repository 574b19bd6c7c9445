package cn.gov.agency.meeting.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.agency.meeting.folders.AdminFolders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An administrator's edit that would let a person fill in routing or identity is refused before deployment. */
class FormContractRuleTest {

  private static final String PROCESS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
        <bpmn:process id="p" isExecutable="true">
          <bpmn:startEvent id="start" camunda:initiator="applicant" camunda:formRef="start-form"
              camunda:formRefBinding="deployment"/>
          <bpmn:userTask id="approve" camunda:candidateGroups="leader-${hostDepartment}"
              camunda:formRef="approve-form" camunda:formRefBinding="deployment"/>
          <bpmn:userTask id="legacy" camunda:candidateGroups="office" camunda:formKey="embedded:app:forms/x.html"/>
        </bpmn:process>
      </bpmn:definitions>""";

  @Test
  void fieldsThatDecideRoutingOrIdentityAndFormsWithoutAContractAreProblems() {
    List<DeploymentProblem> problems = check(
        form("start-form", """
            {"type": "textfield", "id": "A", "key": "applicant"},
            {"type": "textfield", "id": "T", "key": "meetingTitle"}"""),
        form("approve-form", """
            {"type": "textfield", "id": "H", "key": "hostDepartment"},
            {"type": "number", "id": "I", "key": "applicationId"},
            {"type": "textfield", "id": "R", "key": "hostDepartmentName", "readonly": true},
            {"type": "radio", "id": "D", "key": "leaderDecision", "values": [{"label": "同意", "value": "approve"}]}"""),
        form("broken-form", """
            {"type": "filepicker", "id": "F", "key": "upload"}"""));
    assertThat(problems).extracting(DeploymentProblem::describe).containsExactlyInAnyOrder(
        "p.bpmn#start：表单「start-form」的可填字段 applicant 是决定办理人或所办记录的变量，不能由办理人填写",
        "p.bpmn#approve：表单「approve-form」的可填字段 hostDepartment 是决定办理人或所办记录的变量，不能由办理人填写",
        "p.bpmn#approve：表单「approve-form」的可填字段 applicationId 是决定办理人或所办记录的变量，不能由办理人填写",
        "p.bpmn#legacy：只能使用 Camunda 表单（formRef）：嵌入式或外部表单（formKey）无法校验办理人提交的内容",
        "broken-form.form：表单无法作为输入约定：组件 F：组件类型 filepicker 的提交内容无法校验");
  }

  @Test
  void aFormShowingReadOnlyWhatAnotherFormHasTypedIsRefusedUnlessThatFormKeepsItAsAVariable() {
    List<DeploymentProblem> problems = check(
        form("start-form", """
            {"type": "textfield", "id": "T", "key": "meetingTitle", "properties": {"variable": "true"}},
            {"type": "textarea", "id": "C", "key": "content"},
            {"type": "number", "id": "B", "key": "budgetEstimate"},
            {"type": "select", "id": "M", "key": "meetingType", "values": [{"label": "座谈会", "value": "symposium"}]}"""),
        form("approve-form", """
            {"type": "textfield", "id": "T", "key": "meetingTitle", "readonly": true},
            {"type": "select", "id": "M", "key": "meetingType", "readonly": true,
             "values": [{"label": "座谈会", "value": "symposium"}]},
            {"type": "textfield", "id": "H", "key": "hostDepartmentName", "readonly": true},
            {"type": "textarea", "id": "C", "key": "content", "readonly": true},
            {"type": "number", "id": "B", "key": "budgetEstimate", "disabled": true},
            {"type": "radio", "id": "D", "key": "leaderDecision", "values": [{"label": "同意", "value": "approve"}]}"""));
    problems.removeIf(problem -> problem.file().equals("p.bpmn")); // the sample diagram's own (legacy formKey)
    assertThat(problems).extracting(DeploymentProblem::file, DeploymentProblem::elementId)
        .containsExactlyInAnyOrder(tuple("approve-form.form", "budgetEstimate"), tuple("approve-form.form", "content"));
    assertThat(problems).allSatisfy(problem -> assertThat(problem.reason()).contains("表单「start-form」中由办理人填写的内容",
        "链接到显示该内容的页面"));
  }

  @Test
  void identifiersAreTheVariablesOfAnExpressionNotItsBeansMethodsOrStrings() {
    assertThat(FormContractRule.identifiers("leader-${hostDepartment},staff-${hostDepartment}"))
        .containsExactly("hostDepartment");
    assertThat(FormContractRule.identifiers("${taskRouting.hostLeaders(execution)}"))
        .containsExactly("taskRouting", "execution");
    assertThat(FormContractRule.identifiers("${decision == 'approve'}")).containsExactly("decision");
  }

  private static List<DeploymentProblem> check(AdminFolders.AdminResource... forms) {
    List<DeploymentProblem> problems = new ArrayList<>();
    FormContractRule.check(List.of(forms),
        List.of(new AdminFolders.AdminResource("p.bpmn", PROCESS.getBytes(StandardCharsets.UTF_8))), problems);
    return problems;
  }

  private static AdminFolders.AdminResource form(String id, String components) {
    return new AdminFolders.AdminResource(id + ".form", ("{\"id\": \"" + id + "\", \"type\": \"default\", "
        + "\"components\": [" + components + "]}").getBytes(StandardCharsets.UTF_8));
  }
}
