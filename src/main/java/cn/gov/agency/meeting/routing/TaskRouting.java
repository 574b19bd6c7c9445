package cn.gov.agency.meeting.routing;

import cn.gov.agency.meeting.routing.Route.Kind;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the diagrams name for candidate groups and assignees, e.g.
 * {@code camunda:candidateGroups="${taskRouting.hostLeaders(execution)}"}: each method reads the
 * record bound to the instance ({@link RecordRoutes}). The engine evaluates the same expression when
 * the task is created and, through {@link EntitlementCheck}, again when a person completes it.
 * Only methods marked {@link Route} may be named; the deployment check refuses any other.
 */
@Component(TaskRouting.BEAN)
public class TaskRouting {

  public static final String BEAN = "taskRouting";
  /** The multi-instance element variable of 年度会议计划审批 and 议题征集 (PlanVariables/AgendaVariables.DEPARTMENT). */
  private static final String PLAN_DEPARTMENT = "department";
  /** The multi-instance element variable of 会议精神传达 (PassOnVariables.DEPARTMENT). */
  private static final String PASS_ON_DEPARTMENT = "passOnDepartment";

  private final RecordRoutes routes;

  TaskRouting(RecordRoutes routes) {
    this.routes = routes;
  }

  @Route(value = Kind.CANDIDATE_GROUPS, label = "主办部门经办人（按会议记录或申请的主办部门）")
  public String hostStaff(DelegateExecution execution) {
    return routes.hostStaff(ProcessBinding.of(execution));
  }

  @Route(value = Kind.CANDIDATE_GROUPS, label = "主办部门负责人（按会议记录或申请的主办部门）")
  public String hostHeads(DelegateExecution execution) {
    return routes.hostHeads(ProcessBinding.of(execution));
  }

  @Route(value = Kind.CANDIDATE_GROUPS, label = "分管领导（按会议记录或申请的主办部门）")
  public String hostLeaders(DelegateExecution execution) {
    return routes.hostLeaders(ProcessBinding.of(execution));
  }

  @Route(value = Kind.CANDIDATE_GROUPS, label = "编报部门经办人（年度会议计划的各部门）")
  public String planDepartmentStaff(DelegateExecution execution) {
    return routes.planDepartmentStaff(ProcessBinding.of(execution), execution.getVariable(PLAN_DEPARTMENT));
  }

  @Route(value = Kind.CANDIDATE_GROUPS, label = "提报部门经办人（议题征集的各部门）")
  public String agendaDepartmentStaff(DelegateExecution execution) {
    return routes.agendaDepartmentStaff(ProcessBinding.of(execution), execution.getVariable(PLAN_DEPARTMENT));
  }

  @Route(value = Kind.CANDIDATE_GROUPS, label = "责任部门经办人（按督办事项的责任部门）")
  public String responsibleStaff(DelegateExecution execution) {
    return routes.responsibleStaff(ProcessBinding.of(execution));
  }

  @Route(value = Kind.CANDIDATE_GROUPS, label = "答复部门经办人（按座谈会意见建议的答复责任部门）")
  public String opinionOwnerStaff(DelegateExecution execution) {
    return routes.opinionOwnerStaff(ProcessBinding.of(execution));
  }

  @Route(value = Kind.CANDIDATE_GROUPS, label = "传达部门经办人（会议精神传达涉及的各部门）")
  public String passOnDepartmentStaff(DelegateExecution execution) {
    return routes.passOnDepartmentStaff(ProcessBinding.of(execution), execution.getVariable(PASS_ON_DEPARTMENT));
  }

  @Route(value = Kind.ASSIGNEE, label = "申请人（临时会议申请的申请人）")
  public String applicant(DelegateExecution execution) {
    return routes.applicant(ProcessBinding.of(execution));
  }

  @Route(value = Kind.ASSIGNEE, label = "记录人员（会务分工记录中指定的记录人员）")
  public String recorder(DelegateExecution execution) {
    return routes.recorder(ProcessBinding.of(execution));
  }

  /** The methods a diagram may name, by name. */
  public static Map<String, Route> routes() {
    Map<String, Route> routes = new TreeMap<>();
    for (Method method : TaskRouting.class.getDeclaredMethods()) {
      Route route = method.getAnnotation(Route.class);
      if (route != null && Modifier.isPublic(method.getModifiers()) && method.getParameterCount() == 1
          && method.getParameterTypes()[0] == DelegateExecution.class) {
        routes.put(method.getName(), route);
      }
    }
    return Collections.unmodifiableMap(routes);
  }
}
