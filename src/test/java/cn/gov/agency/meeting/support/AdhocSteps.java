package cn.gov.agency.meeting.support;

import cn.gov.agency.meeting.adhoc.AdhocVariables;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** 临时会议申请 driven as the demo users: apply, decide, complete the one open task. */
public final class AdhocSteps {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final AsUser as;

  public AdhocSteps(ProcessEngine engine) {
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    this.as = new AsUser(engine.getIdentityService());
  }

  public ProcessInstance apply(String applicant, Map<String, Object> form) {
    return as.call(applicant, () -> runtimeService.startProcessInstanceByKey(AdhocVariables.PROCESS_KEY, form));
  }

  /** The leader's decision (approve, reject, return) with an optional comment. */
  public void decide(ProcessInstance pi, String leader, String decision, String comment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("leaderDecision", decision);
    variables.put("leaderComment", comment);
    complete(pi, leader, variables);
  }

  public void complete(ProcessInstance pi, String user, Map<String, Object> variables) {
    String taskId = task(pi).getId();
    as.run(user, () -> taskService.complete(taskId, variables));
  }

  public Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }
}
