package cn.gov.agency.meeting.routing;

import cn.gov.agency.meeting.engine.EngineCommandFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The person who decides is the person the record entitles. Whenever a person completes a task or
 * submits its form — through {@code /engine-rest}, the webapps or this application's own code, also
 * with {@code ApplicationAuthority}, under which the person stays the one recorded — the task's
 * candidate-group, candidate-user and assignee expressions are evaluated again, from the record,
 * through {@link TaskRouting}; the person must be a member of one of those groups (as Camunda's
 * identity service holds memberships, not as the login claims) or be that user. This holds for every
 * user task of every deployed process, also one an administrator adds later. Administrators are not
 * exempt: their completion of a leader's approval would be recorded as that approval. Completions
 * without a person (jobs, the application's own steps) pass.
 *
 * <p>An interceptor of the two completion commands rather than a {@code complete} task listener: the
 * engine wraps whatever a task listener throws into a ProcessEngineException (REST: 500), while the
 * refusal must reach the caller as the {@link AuthorizationException} it is (REST: 403). It runs
 * before the command does anything, so nothing has changed.
 */
@Component
class EntitlementCheck extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EntitlementCheck.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new CompletionInterceptor());
    if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequiresNew().add(new CompletionInterceptor());
  }

  /** One per command chain: an interceptor knows its next one. */
  private static final class CompletionInterceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
        CommandContext context = Context.getCommandContext();
        if (context != null) {
          check(context, EngineCommandFields.text(command, "taskId"));
        }
      }
      return next.execute(command);
    }
  }

  static void check(CommandContext context, String taskId) {
    Authentication person = context.getAuthentication();
    if (person == null || person.getUserId() == null || taskId == null) {
      return;
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getExecution() == null || task.getTaskDefinition() == null) {
      return; // the command reports an unknown task; a task outside a process has no record
    }
    Entitlement entitled = entitlementOf(task.getTaskDefinition(), task.getExecution());
    String userId = person.getUserId();
    // Memberships as the identity service holds them, read whatever the person may read.
    List<String> memberOf = context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration()
        .getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
    if (!entitled.entitles(userId, memberOf)) {
      LOG.warn("refused completion of task {} ({}) by {}: the record entitles {}", task.getId(),
          task.getTaskDefinitionKey(), userId, entitled.describe());
      throw new AuthorizationException("按业务记录，「" + task.getName() + "」应由 " + entitled.describe() + " 办理，"
          + userId + " 无权办理 / " + userId + " is not entitled by the record to complete task " + task.getId()
          + " (entitled: " + entitled.describe() + ")");
    }
  }

  /** The task definition's routing, evaluated now against the record bound to the execution. */
  static Entitlement entitlementOf(TaskDefinition definition, DelegateExecution execution) {
    Set<String> groups = new LinkedHashSet<>();
    definition.getCandidateGroupIdExpressions().forEach(expression -> groups.addAll(values(expression, execution)));
    Set<String> users = new LinkedHashSet<>();
    definition.getCandidateUserIdExpressions().forEach(expression -> users.addAll(values(expression, execution)));
    if (definition.getAssigneeExpression() != null) {
      users.addAll(values(definition.getAssigneeExpression(), execution));
    }
    return Entitlement.of(groups, users);
  }

  /** As the engine's own task assignment reads them: a text is a comma-separated list, or a collection. */
  private static List<String> values(Expression expression, DelegateExecution execution) {
    Object value = expression.getValue(execution);
    List<String> values = new ArrayList<>();
    if (value instanceof String text) {
      for (String part : text.split(",")) {
        if (!part.isBlank()) {
          values.add(part.trim());
        }
      }
    } else if (value instanceof Collection<?> collection) {
      collection.stream().filter(item -> item != null).forEach(item -> values.add(item.toString().trim()));
    } else if (value != null) {
      values.add(value.toString().trim());
    }
    return values;
  }
}
