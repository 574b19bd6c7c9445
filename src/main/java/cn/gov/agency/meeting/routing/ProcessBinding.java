package cn.gov.agency.meeting.routing;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an execution's binding to its record: the process, the instance id and the business key,
 * none of which a person can write. Delegates act on the record found this way; the id variables
 * ({@code meetingId}, {@code applicationId}, …) are kept for forms, inbox columns and history only.
 */
public final class ProcessBinding {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessBinding.class);
  private static final String MEETING_ID_VARIABLE = "meetingId";

  private ProcessBinding() {}

  public static BoundInstance of(DelegateExecution execution) {
    return new BoundInstance(definitionKey(execution), execution.getProcessInstanceId(),
        execution.getProcessBusinessKey());
  }

  /**
   * The meeting a meeting-keyed instance belongs to (its business key). A {@code meetingId} variable
   * that says otherwise was changed by hand (an administrator's repair): it is not followed, and the
   * log says so.
   */
  public static long meetingId(DelegateExecution execution) {
    long bound = RecordRoutes.meetingId(of(execution));
    Object variable = execution.getVariable(MEETING_ID_VARIABLE);
    if (variable instanceof Number number && number.longValue() != bound) {
      LOG.warn("instance {} is bound to meeting {} but its variable meetingId says {}: acting on meeting {}",
          execution.getProcessInstanceId(), bound, variable, bound);
    }
    return bound;
  }

  private static String definitionKey(DelegateExecution execution) {
    if (execution instanceof ExecutionEntity entity && entity.getProcessDefinition() != null) {
      return entity.getProcessDefinition().getKey();
    }
    return Objects.requireNonNull(Context.getProcessEngineConfiguration()).getDeploymentCache()
        .findDeployedProcessDefinitionById(execution.getProcessDefinitionId()).getKey();
  }
}
