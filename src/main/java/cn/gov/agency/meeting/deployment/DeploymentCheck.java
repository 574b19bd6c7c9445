package cn.gov.agency.meeting.deployment;

import cn.gov.agency.meeting.folders.AdminFolders;
import cn.gov.agency.meeting.meetingtype.MeetingLeadTimesTable;
import cn.gov.agency.meeting.meetingtype.MeetingType;
import cn.gov.agency.meeting.meetingtype.MeetingTypeCatalogue;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.routing.Route;
import cn.gov.agency.meeting.routing.RoutingExpressions;
import cn.gov.agency.meeting.routing.TaskRouting;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimeCycle;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Everything that would break at run time if an administrator's edit of {@code processes/} or
 * {@code forms/} were deployed: run before every deployment (at start-up and by the admin
 * endpoint) and by the build's tests. Each problem names the file, the element and the reason.
 */
@Component
public class DeploymentCheck {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");
  private static final Pattern EXPRESSION = Pattern.compile("^[$#]\\{.+}$", Pattern.DOTALL);
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  private final ApplicationContext context;
  private final RoleCatalogue roles;
  private final DmnEngine dmnEngine;
  private final ObjectMapper json = new ObjectMapper();

  public DeploymentCheck(ApplicationContext context, RoleCatalogue roles, DmnEngine dmnEngine) {
    this.context = context;
    this.roles = roles;
    this.dmnEngine = dmnEngine;
  }

  public DeploymentReport check(AdminFolders folders) {
    List<DeploymentProblem> problems = new ArrayList<>();
    List<DeploymentProblem> warnings = new ArrayList<>();
    List<AdminFolders.AdminResource> forms = folders.formResources();
    List<AdminFolders.AdminResource> processes = folders.processResources();
    Set<String> formIds = formIds(forms, problems);
    Set<String> processIds = new HashSet<>();
    List<Located<CallActivity>> calls = new ArrayList<>();
    for (AdminFolders.AdminResource resource : processes) {
      if (resource.name().endsWith(".bpmn")) {
        checkDiagram(resource, formIds, processIds, calls, problems, warnings);
      } else if (resource.name().endsWith(".dmn")) {
        checkDecisions(resource, folders, problems);
      }
    }
    if (processes.stream().noneMatch(resource -> resource.name().endsWith(".bpmn"))) {
      problems.add(new DeploymentProblem(folders.describeSource(), null, "没有任何流程图（.bpmn）"));
    }
    FormContractRule.check(forms, processes, problems);
    for (Located<CallActivity> call : calls) {
      String called = call.element().getCalledElement();
      if (called == null || !EXPRESSION.matcher(called).matches() && !processIds.contains(called)) {
        problems.add(new DeploymentProblem(call.file(), call.element().getId(),
            "调用活动调用的流程 " + called + " 不在 processes/ 的任何流程图中"));
      }
    }
    return new DeploymentReport(folders.describeSource(), forms.size() + processes.size(), problems, warnings);
  }

  private Set<String> formIds(List<AdminFolders.AdminResource> forms, List<DeploymentProblem> problems) {
    Set<String> ids = new HashSet<>();
    for (AdminFolders.AdminResource form : forms) {
      try {
        JsonNode id = json.readTree(form.content()).path("id");
        if (id.isTextual() && !id.asText().isBlank()) {
          ids.add(id.asText());
        } else {
          problems.add(new DeploymentProblem(form.name(), null, "表单缺少顶层 id"));
        }
      } catch (Exception e) {
        problems.add(new DeploymentProblem(form.name(), null, "表单不是有效的 JSON：" + e.getMessage()));
      }
    }
    return ids;
  }

  private void checkDiagram(AdminFolders.AdminResource resource, Set<String> formIds, Set<String> processIds,
      List<Located<CallActivity>> calls, List<DeploymentProblem> problems, List<DeploymentProblem> warnings) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.content()));
      Bpmn.validateModel(model);
    } catch (RuntimeException e) {
      problems.add(new DeploymentProblem(resource.name(), null, "不是有效的 BPMN 2.0 文件：" + e.getMessage()));
      return;
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      checkElement(resource.name(), element, formIds, problems);
    }
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      checkTimer(resource.name(), timer, problems);
    }
    model.getModelElementsByType(Process.class).forEach(process -> processIds.add(process.getId()));
    model.getModelElementsByType(CallActivity.class).forEach(call -> calls.add(new Located<>(resource.name(), call)));
    BpmnLint.lint(resource.name(), model, problems, warnings);
  }

  private void checkElement(String file, BaseElement element, Set<String> formIds, List<DeploymentProblem> problems) {
    if (element instanceof FlowElement flow && !(element instanceof SequenceFlow)
        && (flow.getName() == null || !CHINESE.matcher(flow.getName()).find())) {
      problems.add(new DeploymentProblem(file, element.getId(), "缺少中文名称"));
    }
    String formRef = element.getAttributeValueNs(CAMUNDA_NS, "formRef");
    if (formRef != null) {
      if (!formIds.contains(formRef)) {
        problems.add(new DeploymentProblem(file, element.getId(), "引用的表单 " + formRef + " 在 forms/ 中不存在"));
      }
      if (!"deployment".equals(element.getAttributeValueNs(CAMUNDA_NS, "formRefBinding"))) {
        problems.add(new DeploymentProblem(file, element.getId(), "表单引用必须使用 formRefBinding=\"deployment\""));
      }
    }
    String delegate = element.getAttributeValueNs(CAMUNDA_NS, "delegateExpression");
    if (delegate != null) {
      Matcher matcher = BEAN_EXPRESSION.matcher(delegate.trim());
      if (!matcher.matches() || !context.containsBean(matcher.group(1))) {
        problems.add(new DeploymentProblem(file, element.getId(), "委托表达式 " + delegate + " 没有对应的 Spring Bean"));
      }
    }
    if (element.getAttributeValueNs(CAMUNDA_NS, "class") != null) {
      problems.add(new DeploymentProblem(file, element.getId(), "请使用指向 Bean 的委托表达式，不要使用 camunda:class"));
    }
    if (element instanceof UserTask) {
      checkRouting(file, element, problems);
    }
  }

  /**
   * Who a user task goes to: candidate groups are roles of organisation.yaml or a routing method of
   * {@link TaskRouting} ({@code ${taskRouting.hostLeaders(execution)}}), which reads the record the
   * instance is bound to; the assignee and candidate users only such a method. An expression over a
   * process variable is refused: a variable is what a person could have sent with a task (issue #22).
   */
  private void checkRouting(String file, BaseElement task, List<DeploymentProblem> problems) {
    String candidateGroups = task.getAttributeValueNs(CAMUNDA_NS, "candidateGroups");
    String candidateUsers = task.getAttributeValueNs(CAMUNDA_NS, "candidateUsers");
    String assignee = task.getAttributeValueNs(CAMUNDA_NS, "assignee");
    if (blank(candidateGroups) && blank(candidateUsers) && blank(assignee)) {
      problems.add(new DeploymentProblem(file, task.getId(), "用户任务没有指定候选组或办理人"));
      return;
    }
    Map<String, Route> routes = TaskRouting.routes();
    if (!blank(candidateGroups)) {
      for (String group : RoutingExpressions.entries(candidateGroups)) {
        if (RoutingExpressions.isExpression(group)) {
          RoutingExpressions.problem(group, Route.Kind.CANDIDATE_GROUPS, routes)
              .ifPresent(reason -> problems.add(new DeploymentProblem(file, task.getId(), reason)));
        } else if (!roles.isKnownCandidateGroup(group)) {
          problems.add(new DeploymentProblem(file, task.getId(), "候选组 " + group + " 不是已定义的角色"));
        }
      }
    }
    for (String users : new String[] {candidateUsers, assignee}) {
      if (blank(users)) {
        continue;
      }
      for (String user : RoutingExpressions.entries(users)) {
        if (RoutingExpressions.isExpression(user)) {
          RoutingExpressions.problem(user, Route.Kind.ASSIGNEE, routes)
              .ifPresent(reason -> problems.add(new DeploymentProblem(file, task.getId(), reason)));
        } else {
          problems.add(new DeploymentProblem(file, task.getId(), "办理人 " + user + " 不能写成固定用户，请使用 ${"
              + TaskRouting.BEAN + ".方法(execution)} 按业务记录确定，或使用候选组"));
        }
      }
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private void checkTimer(String file, TimerEventDefinition timer, List<DeploymentProblem> problems) {
    String owner = timer.getParentElement() instanceof BaseElement parent ? parent.getId() : timer.getId();
    TimeDate date = timer.getTimeDate();
    TimeDuration duration = timer.getTimeDuration();
    TimeCycle cycle = timer.getTimeCycle();
    if (date == null && duration == null && cycle == null) {
      problems.add(new DeploymentProblem(file, owner, "定时器缺少 timeDate、timeDuration 或 timeCycle"));
      return;
    }
    parseTimer(file, owner, "timeDate", date, new DueDateBusinessCalendar(), problems);
    parseTimer(file, owner, "timeDuration", duration, new DurationBusinessCalendar(), problems);
    parseTimer(file, owner, "timeCycle", cycle, new CycleBusinessCalendar(), problems);
  }

  /** A literal is parsed by the business calendar the engine uses for that kind of timer. */
  private static void parseTimer(String file, String owner, String kind, ModelElementInstance expression,
      BusinessCalendar calendar, List<DeploymentProblem> problems) {
    if (expression == null) {
      return;
    }
    String text = expression.getTextContent() == null ? "" : expression.getTextContent().trim();
    if (EXPRESSION.matcher(text).matches()) {
      return;
    }
    try {
      if (text.isEmpty() || calendar.resolveDuedate(text) == null) {
        throw new IllegalArgumentException("为空");
      }
    } catch (RuntimeException e) {
      problems.add(new DeploymentProblem(file, owner, "定时器 " + kind + " 的值 \"" + text
          + "\" 无法解析（应为 ISO 8601 日期、时长、重复周期、cron 或 ${...} 表达式）"));
    }
  }

  private void checkDecisions(AdminFolders.AdminResource resource, AdminFolders folders,
      List<DeploymentProblem> problems) {
    List<DmnDecision> decisions;
    try {
      decisions = dmnEngine.parseDecisions(new ByteArrayInputStream(resource.content()));
    } catch (RuntimeException e) {
      problems.add(new DeploymentProblem(resource.name(), null, "决策表无法解析：" + e.getMessage()));
      return;
    }
    MeetingTypeCatalogue types = new MeetingTypeCatalogue(folders);
    String anyType = types.all().isEmpty() ? null : types.all().get(0).code();
    for (DmnDecision decision : decisions) {
      checkEvaluates(resource.name(), decision, anyType, problems);
      if (MeetingLeadTimesTable.DECISION_KEY.equals(decision.getKey())) {
        checkLeadTimes(resource.name(), decision, types, problems);
      }
    }
  }

  /** Every rule's own sample input evaluates without error under the table's hit policy. */
  private void checkEvaluates(String file, DmnDecision decision, String anyMeetingType,
      List<DeploymentProblem> problems) {
    List<VariableMap> samples = DecisionSamples.of(decision, anyMeetingType);
    for (int i = 0; i < samples.size(); i++) {
      try {
        dmnEngine.evaluateDecision(decision, samples.get(i));
      } catch (RuntimeException e) {
        problems.add(new DeploymentProblem(file, decision.getKey(),
            "第 " + (i + 1) + " 条规则的样例输入 " + readable(samples.get(i)) + " 无法求值：" + e.getMessage()));
      }
    }
  }

  private static String readable(VariableMap sample) {
    return sample.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
        .collect(java.util.stream.Collectors.joining(", ", "（", "）"));
  }

  /** Every meeting type of meeting-types.yaml needs exactly one row with positive lead days. */
  private void checkLeadTimes(String file, DmnDecision decision, MeetingTypeCatalogue types,
      List<DeploymentProblem> problems) {
    for (MeetingType type : types.all()) {
      try {
        DmnDecisionResultEntries row = dmnEngine.evaluateDecision(decision,
            Variables.createVariables().putValue("meetingType", type.code())).getSingleResult();
        if (row == null) {
          problems.add(new DeploymentProblem(file, decision.getKey(), "会议类型 " + type.code() + " 没有对应的行"));
          continue;
        }
        Map<String, Object> values = row.getEntryMap();
        for (String output : List.of("noticeLeadDays", "materialsLeadDays")) {
          if (!(values.get(output) instanceof Number days) || days.intValue() <= 0) {
            problems.add(new DeploymentProblem(file, decision.getKey(),
                "会议类型 " + type.code() + " 的 " + output + " 必须是正整数"));
          }
        }
      } catch (RuntimeException e) {
        problems.add(new DeploymentProblem(file, decision.getKey(),
            "会议类型 " + type.code() + " 无法求值：" + e.getMessage()));
      }
    }
  }

  private record Located<T>(String file, T element) {}
}
