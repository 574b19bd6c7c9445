package cn.gov.agency.meeting.notification;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every deployed process a due date (unless its diagram sets one) and the
 * new-work reminder, so that no BPMN file has to mention them and none can forget them. The
 * starter applies every ProcessEnginePlugin bean.
 */
@Component
class NewTaskNotificationPlugin extends AbstractProcessEnginePlugin {

  private final NewTaskListener listener;
  private final TaskDueDateListener dueDates;

  NewTaskNotificationPlugin(NewTaskListener listener, TaskDueDateListener dueDates) {
    this.listener = listener;
    this.dueDates = dueDates;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        // Built-in, like the engine's own listeners: an administrator's process-instance
        // modification with "skip custom listeners" still puts work in someone's inbox. The due
        // date comes first, so that the new-task reminder states it.
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, dueDates);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
      }
    });
  }
}
