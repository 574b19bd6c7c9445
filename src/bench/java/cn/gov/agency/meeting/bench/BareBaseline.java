package cn.gov.agency.meeting.bench;

import cn.gov.agency.meeting.support.AsUser;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The bare engine's share: one BPMN with as many user tasks, no-op service tasks (the first ones
 * asynchronous, as many as the lifecycle's async continuations) and timers as one lifecycle ran,
 * generated from its {@link LifecycleShape} and deployed only to the benchmark's database. Driven
 * the same way: each task completed by an office member with two variables, each job executed.
 */
final class BareBaseline {

  static final String PROCESS_KEY = "benchBareLifecycle";
  private static final String USER = "zhouping";
  private static final String GROUP = "office";

  private final ProcessEngine engine;
  private final AsUser as;

  BareBaseline(ProcessEngine engine, LifecycleShape shape) {
    this.engine = engine;
    this.as = new AsUser(engine.getIdentityService());
    engine.getRepositoryService().createDeployment().name("benchmark-bare-baseline")
        .addModelInstance(PROCESS_KEY + ".bpmn", model(shape)).deploy();
    Authorization grant = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(GROUP);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(PROCESS_KEY);
    grant.addPermission(Permissions.READ);
    grant.addPermission(Permissions.CREATE_INSTANCE);
    engine.getAuthorizationService().saveAuthorization(grant);
  }

  static BpmnModelInstance model(LifecycleShape shape) {
    int users = Math.max(1, shape.userTasks());
    int services = shape.serviceTasks();
    int asyncLeft = Math.min(services, shape.asyncContinuations());
    int timersLeft = shape.timersFired();
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(PROCESS_KEY).name("空白基准流程")
        .camundaHistoryTimeToLive(1)
        .startEvent("start").name("开始");
    int serviceIndex = 0;
    for (int user = 0; user < users; user++) {
      flow = flow.userTask("user" + user).name("待办" + user).camundaCandidateGroups(GROUP);
      // Service tasks spread evenly behind the user tasks, as in the lifecycle.
      int upTo = (int) Math.round((double) services * (user + 1) / users);
      for (; serviceIndex < upTo; serviceIndex++) {
        var service = flow.serviceTask("service" + serviceIndex).name("空操作" + serviceIndex)
            .camundaDelegateExpression("${benchNoOp}");
        if (asyncLeft > 0) {
          service = service.camundaAsyncBefore();
          asyncLeft--;
        }
        flow = service;
      }
      if (timersLeft > 0) {
        flow = flow.intermediateCatchEvent("timer" + user).name("定时" + user).timerWithDuration("PT1H");
        timersLeft--;
      }
    }
    return flow.endEvent("end").name("结束").done();
  }

  /** One instance from start to end; returns its id. */
  String runOne() {
    String instanceId = as.call(USER, () -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY))
        .getId();
    while (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
      for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instanceId).list()) {
        engine.getManagementService().executeJob(job.getId());
      }
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
      if (task != null) {
        as.run(USER, () -> engine.getTaskService().complete(task.getId(), Map.of("decision", "approve",
            "comment", "同意")));
      }
    }
    return instanceId;
  }
}
