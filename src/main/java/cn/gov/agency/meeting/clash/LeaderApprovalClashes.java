package cn.gov.agency.meeting.clash;

import cn.gov.agency.meeting.adhoc.AdhocApplicationService;
import cn.gov.agency.meeting.adhoc.AdhocVariables;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * 分管领导审批 shows 参会人员冲突: as each approval task is created (again after a revision), the
 * clashes of the application's participants are written as text into a task-local variable the
 * leader's form reads. A built-in listener like the inbox columns', so the BPMN need not name it.
 * Nobody in particular reads a candidate task, so confidential titles are always hidden.
 */
@Component
class LeaderApprovalClashes extends AbstractProcessEnginePlugin implements TaskListener {

  /** String, task-local, shown read-only on forms/adhoc-leader-approval.form. */
  static final String VARIABLE = "participantClashes";
  static final String TASK = "leaderApproval";

  private final AdhocApplicationService applications;
  private final ApplicationClashes clashes;

  /** Lazy: the clash check reads group memberships from the engine this plugin helps to build. */
  LeaderApprovalClashes(@Lazy AdhocApplicationService applications, @Lazy ApplicationClashes clashes) {
    this.applications = applications;
    this.clashes = clashes;
  }

  @Override
  public void notify(DelegateTask task) {
    // The leader sees the clashes of the application this task decides: the one bound to the instance.
    task.setVariableLocal(VARIABLE, ApplicationClashes.asText(
        clashes.of(applications.ofProcess(task.getProcessInstanceId()), null)));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (TASK.equals(activity.getId())
            && AdhocVariables.PROCESS_KEY.equals(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey())) {
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
              .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, LeaderApprovalClashes.this);
        }
      }
    });
  }
}
