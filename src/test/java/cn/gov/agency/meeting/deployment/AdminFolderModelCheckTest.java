package cn.gov.agency.meeting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meetingtype.MeetingLeadTimesTable;
import cn.gov.agency.meeting.meetingtype.MeetingType;
import cn.gov.agency.meeting.meetingtype.MeetingTypeCatalogue;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.support.ProcessTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Reads every file of processes/ and forms/ as the administrator left them and fails on anything
 * that would break at run time: a form reference without its form, a delegate expression naming no
 * bean, a candidate group that is no role, an element without a Chinese name, a meeting type
 * without its lead times, a call activity calling no process of the folder.
 */
@ProcessTest
class AdminFolderModelCheckTest {

  private static final Pattern FORM_ID = Pattern.compile("^\\s{0,2}\"id\"\\s*:\\s*\"([^\"]+)\"", Pattern.MULTILINE);
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  @Autowired AdminFolders folders;
  @Autowired ApplicationContext context;
  @Autowired RoleCatalogue roles;
  @Autowired MeetingTypeCatalogue meetingTypes;
  @Autowired MeetingLeadTimesTable leadTimes;

  @Test
  void everyDiagramIsConsistentWithFormsBeansAndRoles() throws Exception {
    List<String> formIds = new ArrayList<>();
    for (AdminFolders.AdminResource form : folders.formResources()) {
      Matcher matcher = FORM_ID.matcher(new String(form.content(), java.nio.charset.StandardCharsets.UTF_8));
      assertThat(matcher.find()).as("form %s has a top-level id", form.name()).isTrue();
      formIds.add(matcher.group(1));
    }
    List<String> problems = new ArrayList<>();
    List<AdminFolders.AdminResource> diagrams = folders.processResources().stream()
        .filter(r -> r.name().endsWith(".bpmn")).toList();
    assertThat(diagrams).isNotEmpty();
    List<String> processIds = new ArrayList<>();
    List<CallActivity> calls = new ArrayList<>();
    for (AdminFolders.AdminResource diagram : diagrams) {
      BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(diagram.content()));
      Bpmn.validateModel(model);
      for (ModelElementInstance element : model.getModelElementsByType(BaseElement.class)) {
        check(diagram.name(), (BaseElement) element, formIds, problems);
      }
      model.getModelElementsByType(Process.class).forEach(process -> processIds.add(process.getId()));
      calls.addAll(model.getModelElementsByType(CallActivity.class));
    }
    for (CallActivity call : calls) {
      if (!processIds.contains(call.getCalledElement())) {
        problems.add(call.getId() + ": calls " + call.getCalledElement() + ", which no diagram in processes/ defines");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void processesFolderOnDiskIsWhatIsDeployed() throws Exception {
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).count())
          .isEqualTo(folders.processResources().size());
    }
  }

  @Test
  void everyMeetingTypeHasItsLeadTimes() {
    assertThat(meetingTypes.all()).extracting(MeetingType::code)
        .contains("work_deployment", "business_seminar", "experience_exchange", "symposium");
    for (MeetingType type : meetingTypes.all()) {
      var times = leadTimes.leadTimes(type.code());
      assertThat(times.noticeWorkingDays()).as("notice days of %s", type.code()).isPositive();
      assertThat(times.materialsWorkingDays()).as("materials days of %s", type.code()).isPositive();
    }
  }

  private void check(String file, BaseElement element, List<String> formIds, List<String> problems) {
    String where = file + "#" + element.getId();
    if (element instanceof FlowElement flow && !(element instanceof SequenceFlow)) {
      if (flow.getName() == null || !CHINESE.matcher(flow.getName()).find()) {
        problems.add(where + ": needs a Chinese name");
      }
    }
    String formRef = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
    if (formRef != null) {
      if (!formIds.contains(formRef)) {
        problems.add(where + ": formRef " + formRef + " has no form in forms/");
      }
      if (!"deployment".equals(element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding"))) {
        problems.add(where + ": formRef must use binding 'deployment'");
      }
    }
    String delegate = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
    if (delegate != null) {
      Matcher matcher = BEAN_EXPRESSION.matcher(delegate);
      if (!matcher.matches() || !context.containsBean(matcher.group(1))) {
        problems.add(where + ": delegate expression " + delegate + " names no bean");
      }
    }
    if (element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "class") != null) {
      problems.add(where + ": use a delegate expression naming a bean, not camunda:class");
    }
    String candidateGroups = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "candidateGroups");
    if (candidateGroups != null) {
      Arrays.stream(candidateGroups.split(","))
          .filter(group -> !roles.isKnownCandidateGroup(group))
          .forEach(group -> problems.add(where + ": candidate group " + group + " is not a role"));
    }
  }
}
