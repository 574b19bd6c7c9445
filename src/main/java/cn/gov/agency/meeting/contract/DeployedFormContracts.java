package cn.gov.agency.meeting.contract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/**
 * The contract of the form a task or a start event uses, read from the deployment it was deployed
 * with ({@code formRefBinding="deployment"}), so an edited and redeployed form changes the contract
 * of the processes started from then on. Parsed once per deployed form definition (immutable).
 */
@Component
class DeployedFormContracts {

  private final Map<String, FormContract> byDefinitionId = new ConcurrentHashMap<>();

  FormContract ofTask(CommandContext context, String taskId) {
    return of(context, context.runWithoutAuthorization(new GetTaskFormCmd(taskId)));
  }

  FormContract ofStart(CommandContext context, String processDefinitionId) {
    return of(context, context.runWithoutAuthorization(new GetStartFormCmd(processDefinitionId)));
  }

  private FormContract of(CommandContext context, FormData form) {
    if (form == null) {
      return FormContract.noForm();
    }
    CamundaFormRef reference = form.getCamundaFormRef();
    if (reference == null) {
      // No form, or an embedded/external one whose fields the engine cannot read: nothing is accepted
      // (the deployment check refuses such forms anyway).
      return FormContract.noForm();
    }
    CamundaFormDefinition definition = context.runWithoutAuthorization(
        new GetCamundaFormDefinitionCmd(reference, form.getDeploymentId()));
    if (definition == null) {
      return FormContract.noForm();
    }
    return byDefinitionId.computeIfAbsent(definition.getId(), id -> parse(context, definition));
  }

  private static FormContract parse(CommandContext context, CamundaFormDefinition definition) {
    ResourceEntity resource = context.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
    if (resource == null) {
      throw new IllegalStateException("form resource " + definition.getResourceName() + " missing in deployment "
          + definition.getDeploymentId());
    }
    return FormContract.parse(resource.getBytes());
  }
}
