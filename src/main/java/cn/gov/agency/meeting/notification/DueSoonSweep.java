package cn.gov.agency.meeting.notification;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reminds the people of every open task due within {@code meeting.tasks.due-soon-within} (or
 * already late) through {@link DueSoonReminders}, whose ledger lets each person hear of a task's
 * deadline once however often this runs. Runs as one engine command: the reminders go out after
 * it commits, and who is told does not depend on anyone's authorizations.
 */
@Component
public class DueSoonSweep {

  /** Bounds one run; the rest follow in the next. */
  private static final int MAX_TASKS_PER_RUN = 500;

  private final ProcessEngineConfigurationImpl engine;
  private final TaskService taskService;
  private final DueSoonReminders reminders;
  private final TaskDueSettings settings;

  DueSoonSweep(ProcessEngineConfigurationImpl engine, TaskService taskService, DueSoonReminders reminders,
      TaskDueSettings settings) {
    this.engine = engine;
    this.taskService = taskService;
    this.reminders = reminders;
    this.settings = settings;
  }

  /** The number of tasks looked at. */
  public int run() {
    return engine.getCommandExecutorTxRequired().execute(context -> {
      Date horizon = new Date(ClockUtil.getCurrentTime().getTime() + settings.dueSoonWithin().toMillis());
      List<Task> tasks = taskService.createTaskQuery().active().dueBefore(horizon).orderByDueDate().asc()
          .listPage(0, MAX_TASKS_PER_RUN);
      tasks.forEach(reminders::remind);
      return tasks.size();
    });
  }
}
