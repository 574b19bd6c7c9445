package cn.gov.agency.meeting.organisation;

import cn.gov.agency.meeting.organisation.OrganisationSeed.InboxColumn;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The inbox columns (会议名称, 主办部门, 申请人) come from process variables, which only those who may
 * read the whole process instance can see. A copy on each task as it is created, readable by
 * whoever may read the task, lets every inbox show them. The copies carry their own names
 * ({@code inboxMeetingTitle}), so a form submitting {@code meetingTitle} still changes the
 * process variable and never the copy. What a copy may show is the record owner's call
 * ({@link InboxColumnGuard}): a task created for a confidential meeting starts with 涉密会议
 * whatever the variable it copies says.
 */
@Component
class InboxColumns extends AbstractProcessEnginePlugin implements TaskListener {

  private final List<InboxColumn> columns;
  private final List<InboxColumnGuard> guards;

  /** Lazy: the guards read the records, whose beans are built after this plugin configures the engine. */
  InboxColumns(OrganisationSeed seed, @Lazy List<InboxColumnGuard> guards) {
    this.columns = seed.inboxColumns();
    this.guards = guards;
  }

  static String taskVariable(String processVariable) {
    return InboxColumnGuard.taskVariable(processVariable);
  }

  @Override
  public void notify(DelegateTask task) {
    String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    for (InboxColumn column : columns) {
      Object value = task.getVariable(column.variable());
      for (InboxColumnGuard guard : guards) {
        value = value == null ? null : guard.shown(businessKey, column.variable(), value);
      }
      if (value != null) {
        task.setVariableLocal(taskVariable(column.variable()), value);
      }
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, InboxColumns.this);
      }
    });
  }
}
