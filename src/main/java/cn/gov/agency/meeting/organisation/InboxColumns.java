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
import org.springframework.stereotype.Component;

/**
 * The inbox columns (会议名称, 主办部门, 申请人) come from process variables, which only those who may
 * read the whole process instance can see. A copy on each task as it is created, readable by
 * whoever may read the task, lets every inbox show them. The copies carry their own names
 * ({@code inboxMeetingTitle}), so a form submitting {@code meetingTitle} still changes the
 * process variable and never the copy.
 */
@Component
class InboxColumns extends AbstractProcessEnginePlugin implements TaskListener {

  private final List<InboxColumn> columns;

  InboxColumns(OrganisationSeed seed) {
    this.columns = seed.inboxColumns();
  }

  static String taskVariable(String processVariable) {
    return "inbox" + Character.toUpperCase(processVariable.charAt(0)) + processVariable.substring(1);
  }

  @Override
  public void notify(DelegateTask task) {
    for (InboxColumn column : columns) {
      Object value = task.getVariable(column.variable());
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
