package cn.gov.agency.meeting.contract;

import static cn.gov.agency.meeting.engine.EngineCommandFields.read;
import static cn.gov.agency.meeting.engine.EngineCommandFields.text;
import static cn.gov.agency.meeting.engine.EngineCommandFields.variables;
import static cn.gov.agency.meeting.engine.EngineCommandFields.write;

import cn.gov.agency.meeting.engine.ApplicationAuthority;
import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's own door keeper for people. Every command the engine runs for a logged-in person —
 * whether it came through {@code /engine-rest}, the webapps' engine API or this application's code
 * acting as that person — passes here first:
 * <ul>
 * <li>a task completion or form submission, and a process start, carries only what the task's or
 *     start event's Camunda Form declares ({@link ContractCheck}); read-only fields only as echoes of
 *     their value (and are then not written again); what the person typed goes over as transient
 *     variables, kept by the step in the project's tables and never by the engine
 *     ({@link TransientHandOver}); a person never chooses a business key;</li>
 * <li>what only administrators may do to running work ({@link AdministratorCommands}: variables,
 *     messages, signals, token moves, identity links, task properties, attachments, comments, jobs,
 *     incidents) is refused;</li>
 * <li>a person claims only for themselves, gives back only a task they hold and that has an inbox to
 *     return to, and changes only their own password.</li>
 * </ul>
 * Commands the engine runs inside one of these (delegates, listeners) are the application's own and
 * are not inspected again; neither is work done with {@link ApplicationAuthority} or without a person
 * (jobs, timers). Refused input is a {@link RejectedProcessInput} (HTTP 400, naming the variable),
 * a refused action an {@link AuthorizationException} (HTTP 403); nothing has been changed.
 */
final class PeopleCommandGuard extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(PeopleCommandGuard.class);

  /** The commands whose variables are held against the forms (subclasses included). */
  static final List<Class<?>> CONTRACT_CHECKED = List.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class,
      SubmitStartFormCmd.class, StartProcessInstanceCmd.class);

  private final Nesting nesting;
  private final DeployedFormContracts forms;
  private final ContractCheck check;

  /** One per command chain (an interceptor knows its next one); the chains share the {@link Nesting}. */
  PeopleCommandGuard(Nesting nesting, DeployedFormContracts forms, ContractCheck check) {
    this.nesting = nesting;
    this.forms = forms;
    this.check = check;
  }

  @Override
  public <T> T execute(Command<T> command) {
    CommandContext context = Context.getCommandContext();
    if (context == null || nesting.insideInspected(context)) {
      return next.execute(command);
    }
    Authentication person = context.getAuthentication();
    boolean byPerson = person != null && person.getUserId() != null
        && !ApplicationAuthority.isApplicationCommand(command);
    boolean giveBack = byPerson && inspect(command, person, context) == Verdict.GIVE_BACK;
    return nesting.within(context, () -> giveBack ? givenBack(command, context) : next.execute(command));
  }

  private enum Verdict { PASS, GIVE_BACK }

  private Verdict inspect(Command<?> command, Authentication person, CommandContext context) {
    boolean administrator = context.getAuthorizationManager().isCamundaAdmin(person);
    if (command instanceof CompleteTaskCmd) {
      taskInput(context, text(command, "taskId"), Sent.field(command, "variables"));
    } else if (command instanceof SubmitTaskFormCmd) {
      taskInput(context, text(command, "taskId"), Sent.field(command, "properties"));
    } else if (command instanceof SubmitStartFormCmd) {
      startInput(context, text(command, "processDefinitionId"), text(command, "businessKey"),
          Sent.field(command, "variables"));
    } else if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl start = (ProcessInstantiationBuilderImpl) read(command, "instantiationBuilder");
      startInput(context, definitionId(context, start), start.getBusinessKey(), Sent.inPlace(start.getVariables()));
    } else if (administrator) {
      return Verdict.PASS;
    } else if (command instanceof ClaimTaskCmd) {
      claim(context, person, text(command, "taskId"), text(command, "userId"));
    } else if (command instanceof AssignTaskCmd && read(command, "userId") == null
        && holds(context, person, text(command, "taskId"))) {
      return Verdict.GIVE_BACK;
    } else if (command instanceof SaveUserCmd) {
      profile(context, person, (User) read(command, "user"));
    } else if (AdministratorCommands.covers(command)) {
      throw refused(person, command, "只有系统管理员可以执行此操作（" + AdministratorCommands.describe(command)
          + "）/ only administrators may do this");
    }
    return Verdict.PASS;
  }

  /**
   * The variables a command carries and how to hand it others: a command's own field, or a map the
   * command reads later (a start's builder) that is changed in place.
   */
  private record Sent(Map<String, Object> values, Consumer<VariableMap> replace) {

    static Sent field(Object command, String name) {
      return new Sent(variables(command, name), handed -> write(command, name, handed));
    }

    static Sent inPlace(Map<String, Object> values) {
      return new Sent(values, handed -> {
        values.clear();
        values.putAll(handed);
      });
    }

    boolean empty() {
      return values == null || values.isEmpty();
    }
  }

  private void taskInput(CommandContext context, String taskId, Sent sent) {
    if (sent.empty()) {
      return;
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return; // the command itself reports the unknown task
    }
    FormContract contract = forms.ofTask(context, taskId);
    ContractCheck.Verdict verdict = check.check(contract, submitted(sent.values()),
        name -> EngineValues.current(task.getVariable(name)));
    enforce(verdict, contract, sent, "办理任务「" + task.getName() + "」");
    TransientHandOver.transientNames(contract, sent.values()).forEach(name -> LegacyTextVariables.forget(task, name));
  }

  private void startInput(CommandContext context, String definitionId, String businessKey, Sent sent) {
    ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(definitionId);
    String subject = "发起流程「" + definition.getName() + "」";
    if (businessKey != null) {
      throw new RejectedProcessInput(InvalidInputException.of(subject, new Violation("businessKey", "业务编号",
          "businessKey", "由系统生成，发起流程时不能指定 / set by the system, not by the person starting")));
    }
    if (sent.empty()) {
      return;
    }
    FormContract contract = forms.ofStart(context, definitionId);
    ContractCheck.Verdict verdict = check.check(contract, submitted(sent.values()), name -> null);
    enforce(verdict, contract, sent, subject);
  }

  /** Refuses what breaks the contract; otherwise hands the engine the input without echoes, typed values transient. */
  private void enforce(ContractCheck.Verdict verdict, FormContract contract, Sent sent, String subject) {
    if (!verdict.accepted()) {
      LOG.warn("{}: refused input {}", subject, verdict.violations().stream().map(Violation::field).toList());
      throw new RejectedProcessInput(new InvalidInputException(subject, verdict.violations()));
    }
    sent.replace().accept(TransientHandOver.of(contract, sent.values(), verdict.echoedReadonly()));
  }

  private static Map<String, SubmittedValue> submitted(Map<String, Object> sent) {
    Map<String, SubmittedValue> values = new LinkedHashMap<>();
    sent.forEach((name, value) -> values.put(name, EngineValues.submitted(value)));
    return values;
  }

  private static String definitionId(CommandContext context, ProcessInstantiationBuilderImpl start) {
    if (start.getProcessDefinitionId() != null) {
      return start.getProcessDefinitionId();
    }
    return context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedLatestProcessDefinitionByKey(start.getProcessDefinitionKey()).getId();
  }

  private void claim(CommandContext context, Authentication person, String taskId, String userId) {
    if (userId != null && !userId.equals(person.getUserId())) {
      throw refused(person, "认领任务只能认领给自己 / a task can only be claimed for oneself");
    }
    if (userId == null && !hasInbox(context, taskId)) {
      throw refused(person, "此任务指定给本人办理，不能退回 / this task is assigned personally and cannot be given back");
    }
  }

  /** Giving back (unclaiming) a task one holds: allowed for its holder when it has an inbox to return to. */
  private boolean holds(CommandContext context, Authentication person, String taskId) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    return task != null && person.getUserId().equals(task.getAssignee()) && hasInbox(context, taskId);
  }

  private static boolean hasInbox(CommandContext context, String taskId) {
    return context.getIdentityLinkManager().findIdentityLinksByTaskId(taskId).stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
  }

  private <T> T givenBack(Command<T> command, CommandContext context) {
    // The holder lacks TASK_ASSIGN (nobody but administrators assigns work); giving back is checked above.
    boolean checking = context.isAuthorizationCheckEnabled();
    context.disableAuthorizationCheck();
    try {
      return next.execute(command);
    } finally {
      if (checking) {
        context.enableAuthorizationCheck();
      }
    }
  }

  /** Names and e-mail come from the organisation file; a person may change only their password. */
  private static void profile(CommandContext context, Authentication person, User changed) {
    User stored = context.getReadOnlyIdentityProvider().findUserById(changed.getId());
    if (stored == null || !stored.getId().equals(person.getUserId())
        || !Objects.equals(stored.getFirstName(), changed.getFirstName())
        || !Objects.equals(stored.getLastName(), changed.getLastName())
        || !Objects.equals(stored.getEmail(), changed.getEmail())) {
      throw refused(person, "姓名和邮箱以组织机构文件为准，本人只能修改自己的密码 / names and e-mail come from the "
          + "organisation file; users may change only their own password");
    }
  }

  private static AuthorizationException refused(Authentication person, Command<?> command, String message) {
    LOG.warn("refused {} for {}", command.getClass().getSimpleName(), person.getUserId());
    return new AuthorizationException(message);
  }

  private static AuthorizationException refused(Authentication person, String message) {
    LOG.warn("refused an action of {}: {}", person.getUserId(), message);
    return new AuthorizationException(message);
  }
}
